package io.fairdraw.organization.web;

import io.fairdraw.organization.FairdrawUser;
import io.fairdraw.organization.domain.AccountService;
import io.fairdraw.organization.domain.ApiTokenService;
import io.fairdraw.shared.BusinessClock;
import io.fairdraw.shared.UserError;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * API tokens (issue 18 §5): everyone manages their own on the profile, ADMIN those of any account.
 * A new token is rendered in the answer to the POST itself and never again (no redirect: it is
 * not kept in the session, not even as a flash attribute).
 */
@Controller
class ApiTokenController {

    static final String VIEW = "organization/tokens";
    private static final int DEFAULT_DAYS = 90;

    private final ApiTokenService tokens;
    private final AccountService accounts;
    private final MessageSource messages;

    ApiTokenController(ApiTokenService tokens, AccountService accounts, MessageSource messages) {
        this.tokens = tokens;
        this.accounts = accounts;
        this.messages = messages;
    }

    @GetMapping("/profile/tokens")
    String own(@AuthenticationPrincipal FairdrawUser user, Model model) {
        return page(user.accountId(), "/profile/tokens", model);
    }

    @PostMapping("/profile/tokens")
    String createOwn(@AuthenticationPrincipal FairdrawUser user, @RequestParam(defaultValue = "") String name,
                     @RequestParam(defaultValue = "" + DEFAULT_DAYS) int days, Model model, Locale locale) {
        return create(user.accountId(), "/profile/tokens", name, days, model, locale);
    }

    @PostMapping("/profile/tokens/revoke")
    String revokeOwn(@AuthenticationPrincipal FairdrawUser user, @RequestParam long tokenId, Model model,
                     Locale locale) {
        return revoke(user.accountId(), "/profile/tokens", tokenId, model, locale);
    }

    @GetMapping("/admin/accounts/{id}/tokens")
    String ofAccount(@PathVariable long id, Model model) {
        return page(id, "/admin/accounts/" + id + "/tokens", model);
    }

    @PostMapping("/admin/accounts/{id}/tokens")
    String createFor(@PathVariable long id, @RequestParam(defaultValue = "") String name,
                     @RequestParam(defaultValue = "" + DEFAULT_DAYS) int days, Model model, Locale locale) {
        return create(id, "/admin/accounts/" + id + "/tokens", name, days, model, locale);
    }

    @PostMapping("/admin/accounts/{id}/tokens/revoke")
    String revokeFor(@PathVariable long id, @RequestParam long tokenId, Model model, Locale locale) {
        return revoke(id, "/admin/accounts/" + id + "/tokens", tokenId, model, locale);
    }

    private String create(long accountId, String path, String name, int days, Model model, Locale locale) {
        try {
            model.addAttribute("created", tokens.create(accountId, name, days).token());
        } catch (UserError e) {
            model.addAttribute("error", messages.getMessage(e.messageKey(), e.args(), locale));
            model.addAttribute("name", name);
            model.addAttribute("days", days);
        }
        return page(accountId, path, model);
    }

    private String revoke(long accountId, String path, long tokenId, Model model, Locale locale) {
        try {
            tokens.revoke(accountId, tokenId);
            model.addAttribute("revoked", tokenId);
        } catch (UserError e) {
            model.addAttribute("error", messages.getMessage(e.messageKey(), e.args(), locale));
        }
        return page(accountId, path, model);
    }

    private String page(long accountId, String path, Model model) {
        model.addAttribute("account", accounts.get(accountId));
        model.addAttribute("tokens", tokens.of(accountId));
        model.addAttribute("path", path);
        model.addAttribute("now", java.time.Instant.now());
        model.addAttribute("zone", BusinessClock.ZONE);
        model.addAttribute("maxDays", ApiTokenService.MAX_DAYS);
        if (!model.containsAttribute("days")) {
            model.addAttribute("days", DEFAULT_DAYS);
        }
        return VIEW;
    }
}
