package io.fairdraw.organization.web;

import io.fairdraw.organization.FairdrawUser;
import io.fairdraw.organization.OutOfScopeException;
import io.fairdraw.organization.domain.OfficeService;
import io.fairdraw.organization.domain.UnitService;
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

/** A division's sub-offices (所所交叉): listed for readers, maintained by its LIAISON or ADMIN. */
@Controller
class OfficeController {

    static final String VIEW = "organization/offices";

    private final OfficeService offices;
    private final UnitService units;
    private final MessageSource messages;

    OfficeController(OfficeService offices, UnitService units, MessageSource messages) {
        this.offices = offices;
        this.units = units;
        this.messages = messages;
    }

    @GetMapping("/units/{code}/offices")
    String list(@PathVariable String code, @AuthenticationPrincipal FairdrawUser user, Model model) {
        model.addAttribute("offices", offices.visible(code, user));
        model.addAttribute("unit", units.all().stream().filter(u -> u.code().equals(code)).findFirst()
                .orElseThrow(() -> new OutOfScopeException(code, false)));
        model.addAttribute("maintains", offices.maintains(code, user));
        return VIEW;
    }

    @PostMapping("/units/{code}/offices")
    String create(@PathVariable String code, @RequestParam(defaultValue = "") String suffix,
                  @RequestParam(defaultValue = "") String name, @AuthenticationPrincipal FairdrawUser user,
                  RedirectAttributes redirect) {
        try {
            String created = offices.create(code, suffix, name, user);
            redirect.addFlashAttribute("flash", message("office.created", created));
        } catch (UserError e) {
            // Forms keep what the user typed.
            redirect.addFlashAttribute("error", message(e.messageKey(), e.args()));
            redirect.addFlashAttribute("suffix", suffix);
            redirect.addFlashAttribute("name", name);
        }
        return "redirect:/units/" + code + "/offices";
    }

    @PostMapping("/offices/{office}")
    String update(@PathVariable String office, @RequestParam(defaultValue = "") String name,
                  @RequestParam(defaultValue = "false") boolean active, @AuthenticationPrincipal FairdrawUser user,
                  RedirectAttributes redirect) {
        String unit = offices.find(office).map(o -> o.unitCode())
                .orElseThrow(() -> new OutOfScopeException("org_office:" + office, false));
        try {
            offices.update(office, name, active, user);
            redirect.addFlashAttribute("flash", message("office.updated", office));
        } catch (UserError e) {
            redirect.addFlashAttribute("error", message(e.messageKey(), e.args()));
        }
        return "redirect:/units/" + unit + "/offices";
    }

    private String message(String key, Object... args) {
        return messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
    }
}
