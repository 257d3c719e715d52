package io.fairdraw.system.web;

import io.fairdraw.organization.FairdrawUser;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * What every page's layout needs: the signed-in user ({@code currentUser}), the menu, links to the
 * other pages of a list ({@code pageLinks}), the current path. One model method for all of them, the
 * user read from the security context: Spring MVC builds and resolves every {@code @ModelAttribute}
 * method anew for each request, and resolving {@code @AuthenticationPrincipal} walks the parameter's
 * annotations each time (a large share of a results page's allocations in bench/portal's profile).
 */
@ControllerAdvice
class LayoutAdvice {

    @ModelAttribute
    void layout(Model model, HttpServletRequest request) {
        FairdrawUser user = FairdrawUser.current().orElse(null);
        model.addAttribute("currentUser", user);
        model.addAttribute("menu", user == null ? List.of() : Menu.forUser(user));
        model.addAttribute("pageLinks", new PageLinks(request));
        model.addAttribute("currentPath", request.getRequestURI().substring(request.getContextPath().length()));
    }

    /** Links to other pages of the current list, keeping every filter of the query string. */
    public record PageLinks(HttpServletRequest request) {
        public String to(int page) {
            return ServletUriComponentsBuilder.fromRequest(request).replaceQueryParam("page", page)
                    .build().toUriString().replaceFirst("^[a-z]+://[^/]+", "");
        }
    }
}
