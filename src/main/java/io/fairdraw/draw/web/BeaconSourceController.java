package io.fairdraw.draw.web;

import io.fairdraw.draw.domain.BeaconSources;
import io.fairdraw.organization.FairdrawUser;
import io.fairdraw.shared.UserError;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** ADMIN maintains the beacon sources a draw may declare (FD-DRAW-1 §1, issue 17 item 3). */
@Controller
class BeaconSourceController {

    static final String VIEW = "draw/beacon-sources";

    private final BeaconSources sources;
    private final MessageSource messages;

    BeaconSourceController(BeaconSources sources, MessageSource messages) {
        this.sources = sources;
        this.messages = messages;
    }

    @GetMapping("/admin/beacon-sources")
    String list(@RequestParam(required = false) String edit, Model model) {
        model.addAttribute("sources", sources.list());
        if (!model.containsAttribute("typed")) {
            sources.find(edit).ifPresent(s -> model.addAttribute("typed", s));
        }
        return VIEW;
    }

    @PostMapping("/admin/beacon-sources")
    String save(@RequestParam(required = false) String code, @RequestParam(required = false) String name,
                @RequestParam(required = false) String location, @RequestParam(required = false) String format,
                @AuthenticationPrincipal FairdrawUser user, RedirectAttributes redirect, Locale locale) {
        try {
            sources.save(code, name, location, format, user);
            redirect.addFlashAttribute("flash", messages.getMessage("beacon.source.saved", new Object[] {code}, locale));
        } catch (UserError e) {
            redirect.addFlashAttribute("error", messages.getMessage(e.messageKey(), e.args(), e.messageKey(), locale));
            redirect.addFlashAttribute("typed", new Typed(code, name, location, format));
        }
        return "redirect:/admin/beacon-sources";
    }

    /** What the admin typed, kept on a validation error (same accessors as BeaconSource); a flash attribute lives in the session. */
    record Typed(String code, String name, String location, String format) implements java.io.Serializable {
    }
}
