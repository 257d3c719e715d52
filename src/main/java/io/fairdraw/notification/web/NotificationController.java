package io.fairdraw.notification.web;

import io.fairdraw.notification.domain.ReminderService;
import io.fairdraw.organization.FairdrawUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/** The signed-in person's reminders: list, mark one or all read. */
@Controller
class NotificationController {

    static final String VIEW = "notification/list";
    static final int PAGE = 200;

    private final ReminderService reminders;

    NotificationController(ReminderService reminders) {
        this.reminders = reminders;
    }

    @GetMapping("/notifications")
    String list(@AuthenticationPrincipal FairdrawUser user, Model model) {
        model.addAttribute("reminders", reminders.of(user, false, PAGE));
        return VIEW;
    }

    @PostMapping("/notifications/{id}/read")
    String read(@AuthenticationPrincipal FairdrawUser user, @PathVariable long id) {
        reminders.markRead(user, id);
        return "redirect:/notifications";
    }

    @PostMapping("/notifications/read-all")
    String readAll(@AuthenticationPrincipal FairdrawUser user) {
        reminders.markAllRead(user);
        return "redirect:/notifications";
    }
}
