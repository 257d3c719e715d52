package io.fairdraw.organization.web;

import io.fairdraw.organization.FairdrawUser;
import io.fairdraw.organization.Role;
import io.fairdraw.organization.domain.Account;
import io.fairdraw.organization.domain.AccountService;
import io.fairdraw.organization.domain.AccountService.AccountForm;
import io.fairdraw.organization.domain.AccountService.NewAccountForm;
import io.fairdraw.organization.domain.UnitService;
import io.fairdraw.shared.FormErrors;
import io.fairdraw.shared.UserError;
import io.fairdraw.shared.XlsxTable;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** ADMIN: accounts — create, edit roles and unit, reset password, disable/enable. */
@Controller
@RequestMapping("/admin/accounts")
class AccountAdminController {

    static final String LIST = "organization/accounts";
    static final String NEW = "organization/account-new";
    static final String EDIT = "organization/account-edit";
    private static final int PAGE_SIZE = 20;

    private final AccountService accounts;
    private final UnitService units;
    private final MessageSource messages;

    AccountAdminController(AccountService accounts, UnitService units, MessageSource messages) {
        this.accounts = accounts;
        this.units = units;
        this.messages = messages;
    }

    @ModelAttribute("allRoles")
    Role[] roles() {
        return Role.values();
    }

    @GetMapping
    String list(@RequestParam(required = false) String q, @RequestParam(required = false) String unit,
                @RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("q", q);
        model.addAttribute("unit", unit);
        model.addAttribute("units", units.all());
        model.addAttribute("page", accounts.search(q, unit, page, PAGE_SIZE));
        return LIST;
    }

    @GetMapping("/export")
    void export(@RequestParam(required = false) String q, @RequestParam(required = false) String unit,
                HttpServletResponse response, Locale locale) throws IOException {
        XlsxTable.attachment(response, "accounts.xlsx");
        List<String> headers = List.of("username", "display_name", "unit", "roles", "enabled").stream()
                .map(h -> messages.getMessage("account.field." + h, null, locale)).toList();
        try (XlsxTable t = new XlsxTable(response.getOutputStream(), "accounts", headers)) {
            int p = 0;
            AccountService.Page page;
            do {
                page = accounts.search(q, unit, p++, 1000);
                for (Account a : page.rows()) {
                    t.add(List.of(a.username(), a.displayName(), a.unitCode(),
                            a.roles().stream().map(r -> messages.getMessage("role." + r, null, locale))
                                    .collect(Collectors.joining("、")),
                            messages.getMessage(a.enabled() ? "common.yes" : "common.no", null, locale)));
                }
            } while (p < page.pages());
        }
    }

    @GetMapping("/new")
    String newForm(Model model) {
        model.addAttribute("form", new NewAccountForm("", "", "", java.util.Set.of(), ""));
        model.addAttribute("units", units.all());
        return NEW;
    }

    @PostMapping("/new")
    String create(@Valid @ModelAttribute("form") NewAccountForm form, BindingResult result, Model model,
                  RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                long id = accounts.create(form);
                redirect.addFlashAttribute("flash", "account.created");
                return "redirect:/admin/accounts/" + id;
            } catch (UserError e) {
                FormErrors.reject(result, e);
            }
        }
        model.addAttribute("units", units.all());
        return NEW;
    }

    @GetMapping("/{id}")
    String edit(@PathVariable long id, Model model) {
        Account a = accounts.get(id);
        model.addAttribute("account", a);
        model.addAttribute("form", new AccountForm(a.displayName(), a.unitCode(), a.roles()));
        model.addAttribute("units", units.all());
        return EDIT;
    }

    @PostMapping("/{id}")
    String update(@PathVariable long id, @Valid @ModelAttribute("form") AccountForm form, BindingResult result,
                  Model model, RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                accounts.update(id, form);
                redirect.addFlashAttribute("flash", "account.updated");
                return "redirect:/admin/accounts/" + id;
            } catch (UserError e) {
                FormErrors.reject(result, e);
            }
        }
        model.addAttribute("account", accounts.get(id));
        model.addAttribute("units", units.all());
        return EDIT;
    }

    @PostMapping("/{id}/password")
    String resetPassword(@PathVariable long id, @RequestParam String password, RedirectAttributes redirect,
                         Locale locale) {
        try {
            accounts.resetPassword(id, password);
            redirect.addFlashAttribute("flash", "account.password_reset");
        } catch (UserError e) {
            redirect.addFlashAttribute("passwordError", messages.getMessage(e.messageKey(), e.args(), locale));
        }
        return "redirect:/admin/accounts/" + id;
    }

    @PostMapping("/{id}/enabled")
    String setEnabled(@PathVariable long id, @RequestParam boolean enabled,
                      @AuthenticationPrincipal FairdrawUser actor, RedirectAttributes redirect, Locale locale) {
        try {
            accounts.setEnabled(id, enabled, actor);
            redirect.addFlashAttribute("flash", enabled ? "account.enabled" : "account.disabled");
        } catch (UserError e) {
            redirect.addFlashAttribute("error", messages.getMessage(e.messageKey(), e.args(), locale));
        }
        return "redirect:/admin/accounts/" + id;
    }
}
