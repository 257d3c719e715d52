package io.fairdraw.inspection.web;

import io.fairdraw.inspection.domain.AccountLinks;
import io.fairdraw.organization.FairdrawUser;
import io.fairdraw.shared.UserError;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The LIAISON links the unit's INSPECTOR accounts to its directory inspectors. */
@Controller
class AccountLinkController {

    static final String PAGE = "inspection/accounts";

    private final AccountLinks links;
    private final MessageSource messages;

    AccountLinkController(AccountLinks links, MessageSource messages) {
        this.links = links;
        this.messages = messages;
    }

    @GetMapping("/inspection/accounts")
    String page(@AuthenticationPrincipal FairdrawUser user, Model model) {
        if (!user.has(io.fairdraw.organization.Role.LIAISON)) {
            throw new io.fairdraw.organization.OutOfScopeException("inspection_account", true);
        }
        model.addAttribute("links", links.ofUnit(user.unitCode()));
        return PAGE;
    }

    /** Missing fields are the service's field errors, after the caller is authorised (not a 400 for anyone). */
    @PostMapping("/inspection/accounts")
    String link(@RequestParam(defaultValue = "") String username, @RequestParam(defaultValue = "") String inspectorId,
                @AuthenticationPrincipal FairdrawUser user, RedirectAttributes flash) {
        try {
            links.link(user, username, inspectorId);
            flash.addFlashAttribute("flash", "inspection.accounts.linked");
        } catch (UserError e) {
            flash.addFlashAttribute("error", messages.getMessage(e.messageKey(), e.args(), e.messageKey(),
                    LocaleContextHolder.getLocale()));
        }
        return "redirect:/inspection/accounts";
    }

    @PostMapping("/inspection/accounts/{username}/unlink")
    String unlink(@PathVariable String username, @AuthenticationPrincipal FairdrawUser user, RedirectAttributes flash) {
        try {
            links.unlink(user, username);
            flash.addFlashAttribute("flash", "inspection.accounts.unlinked");
        } catch (UserError e) {
            flash.addFlashAttribute("error", messages.getMessage(e.messageKey(), e.args(), e.messageKey(),
                    LocaleContextHolder.getLocale()));
        }
        return "redirect:/inspection/accounts";
    }
}
