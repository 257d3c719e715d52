package io.fairdraw.system.web;

import io.fairdraw.organization.FairdrawUser;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** What every page's layout needs: the signed-in user, the menu, the current path. */
@ControllerAdvice
class LayoutAdvice {

    @ModelAttribute("currentUser")
    FairdrawUser currentUser(@AuthenticationPrincipal FairdrawUser user) {
        return user;
    }

    @ModelAttribute("menu")
    List<Menu.Item> menu(@AuthenticationPrincipal FairdrawUser user) {
        return user == null ? List.of() : Menu.forUser(user);
    }

    /** Links to other pages of the current list, keeping every filter of the query string. */
    public record PageLinks(HttpServletRequest request) {
        public String to(int page) {
            return ServletUriComponentsBuilder.fromRequest(request).replaceQueryParam("page", page)
                    .build().toUriString().replaceFirst("^[a-z]+://[^/]+", "");
        }
    }

    @ModelAttribute("pageLinks")
    PageLinks pageLinks(HttpServletRequest request) {
        return new PageLinks(request);
    }

    @ModelAttribute("currentPath")
    String currentPath(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }
}
