package io.fairdraw.exchange.web;

import io.fairdraw.exchange.MessageType;
import io.fairdraw.exchange.domain.Receivers;
import io.fairdraw.shared.UserError;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** ADMIN configures the receivers of the outbox (issue 20 item 2): name, URL, secret, enabled, message types. */
@Controller
class ReceiverController {

    static final String VIEW = "exchange/receivers";

    private final Receivers receivers;
    private final MessageSource messages;

    ReceiverController(Receivers receivers, MessageSource messages) {
        this.receivers = receivers;
        this.messages = messages;
    }

    @GetMapping("/admin/exchange/receivers")
    String list(@RequestParam(required = false) Long edit, Model model) {
        model.addAttribute("receivers", receivers.all());
        model.addAttribute("types", MessageType.values());
        if (!model.containsAttribute("typed")) {
            model.addAttribute("typed", edit == null ? new Receivers.Form(null, "", "", "", true,
                    List.of(MessageType.values()).stream().map(Enum::name).toList(), 10000)
                    : receivers.find(edit).map(r -> new Receivers.Form(r.id(), r.name(), r.url(), "", r.enabled(),
                            r.types(), r.timeoutMs())).orElse(null));
        }
        return VIEW;
    }

    @PostMapping("/admin/exchange/receivers")
    String save(@RequestParam(required = false) Long id, @RequestParam(required = false) String name,
                @RequestParam(required = false) String url, @RequestParam(required = false) String secret,
                @RequestParam(defaultValue = "false") boolean enabled,
                @RequestParam(required = false) List<String> types,
                @RequestParam(required = false) Integer timeoutMs, RedirectAttributes redirect, Locale locale) {
        Receivers.Form form = new Receivers.Form(id, name, url, secret, enabled, types == null ? List.of() : List.copyOf(types),
                timeoutMs);
        try {
            receivers.save(form);
            redirect.addFlashAttribute("flash", messages.getMessage("exchange.receiver.saved", new Object[] {name}, locale));
        } catch (UserError e) {
            redirect.addFlashAttribute("error", messages.getMessage(e.messageKey(), e.args(), e.messageKey(), locale));
            // what ADMIN typed comes back, except the secret (never echoed into a page)
            redirect.addFlashAttribute("typed", new Receivers.Form(id, name, url, "", enabled, form.types(), timeoutMs));
        }
        return "redirect:/admin/exchange/receivers";
    }
}
