package io.fairdraw.organization.web;

import io.fairdraw.organization.FairdrawUser;
import io.fairdraw.organization.domain.AccountService;
import io.fairdraw.shared.FormErrors;
import io.fairdraw.shared.UserError;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import org.springframework.security.core.context.SecurityContextHolder;

/** Everyone changes their own password here (password rules apply). */
@Controller
class ProfileController {

    static final String VIEW = "organization/password";

    record PasswordForm(String currentPassword, String newPassword, String confirmPassword) {
    }

    private final AccountService accounts;

    ProfileController(AccountService accounts) {
        this.accounts = accounts;
    }

    @GetMapping("/profile/password")
    String form(Model model) {
        model.addAttribute("form", new PasswordForm("", "", ""));
        return VIEW;
    }

    @PostMapping("/profile/password")
    String change(@AuthenticationPrincipal FairdrawUser user, @ModelAttribute("form") PasswordForm form,
                  BindingResult result, HttpServletRequest request) {
        if (form.newPassword() == null || !form.newPassword().equals(form.confirmPassword())) {
            result.rejectValue("confirmPassword", "password.mismatch");
            return VIEW;
        }
        try {
            accounts.changeOwnPassword(user, form.currentPassword(), form.newPassword());
        } catch (UserError e) {
            FormErrors.reject(result, e);
            return VIEW;
        }
        // issue 18 §4: a new password ends every session of the account, this one too.
        SecurityContextHolder.clearContext();
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        return "redirect:/login?changed";
    }
}
