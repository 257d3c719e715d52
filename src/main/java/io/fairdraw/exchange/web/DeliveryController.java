package io.fairdraw.exchange.web;

import io.fairdraw.exchange.domain.Deliveries;
import io.fairdraw.shared.UserError;
import java.util.Locale;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** ADMIN sees the delivery status of every outbox message and retries one (issue 20 item 2). */
@Controller
class DeliveryController {

    static final String VIEW = "exchange/deliveries";
    private static final int PAGE_SIZE = 50;

    private final Deliveries deliveries;
    private final MessageSource messages;

    DeliveryController(Deliveries deliveries, MessageSource messages) {
        this.deliveries = deliveries;
        this.messages = messages;
    }

    @GetMapping("/admin/exchange/deliveries")
    String list(@RequestParam(required = false) String q, @RequestParam(required = false) String status,
                @RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("page", deliveries.search(q, status, page, PAGE_SIZE));
        model.addAttribute("q", q);
        model.addAttribute("status", status);
        model.addAttribute("statuses", Deliveries.STATUSES.stream().sorted().toList());
        return VIEW;
    }

    @PostMapping("/admin/exchange/deliveries/retry")
    String retry(@RequestParam String messageId, @RequestParam long receiverId,
                 RedirectAttributes redirect, Locale locale) {
        try {
            deliveries.retry(UUID.fromString(messageId), receiverId);
            redirect.addFlashAttribute("flash", messages.getMessage("exchange.delivery.retried",
                    new Object[] {messageId}, locale));
        } catch (IllegalArgumentException e) {
            redirect.addFlashAttribute("error", messages.getMessage("exchange.delivery.unknown",
                    new Object[] {messageId}, locale));
        } catch (UserError e) {
            redirect.addFlashAttribute("error", messages.getMessage(e.messageKey(), e.args(), e.messageKey(), locale));
        }
        redirect.addAttribute("q", messageId);
        return "redirect:/admin/exchange/deliveries";
    }
}
