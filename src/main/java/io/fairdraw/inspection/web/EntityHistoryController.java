package io.fairdraw.inspection.web;

import io.fairdraw.inspection.domain.EntityHistory;
import io.fairdraw.organization.FairdrawUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * 检查记录 panel of the registry's entity page (issue 21 item 6), loaded with htmx like the credit
 * panel: served here so that the registry does not depend on inspection (which depends on it).
 */
@Controller
class EntityHistoryController {

    static final String PANEL = "inspection/entity-history :: panel";

    private final EntityHistory history;

    EntityHistoryController(EntityHistory history) {
        this.history = history;
    }

    @GetMapping("/inspection/entities/{uscc}/history")
    String panel(@PathVariable String uscc, @AuthenticationPrincipal FairdrawUser user, Model model) {
        model.addAttribute("uscc", uscc);
        model.addAttribute("entries", history.of(uscc, user));
        return PANEL;
    }
}
