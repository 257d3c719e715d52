package io.fairdraw.exchange.filedrop;

import io.fairdraw.shared.BusinessClock;
import io.fairdraw.shared.UserError;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * ADMIN: the daily file drops (信息归集) — each day's files, rows, status and error — the configured
 * columns, and a re-run of one day (the form asks first; the run is audited).
 */
@Controller
class FileDropController {

    static final String VIEW = "exchange/file-drops";
    static final int SHOWN = 60;

    private final FileDropService service;
    private final MessageSource messages;
    private final Clock clock;

    FileDropController(FileDropService service, MessageSource messages, Clock clock) {
        this.service = service;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping("/admin/file-drops")
    String list(Model model) {
        model.addAttribute("drops", service.recent(SHOWN));
        model.addAttribute("settings", service.settings());
        model.addAttribute("columns", service.columns());
        if (!model.containsAttribute("day")) {
            model.addAttribute("day", BusinessClock.today(clock).minusDays(1).toString());
        }
        return VIEW;
    }

    @PostMapping("/admin/file-drops/run")
    String run(@RequestParam(required = false) String day, RedirectAttributes redirect, Locale locale) {
        try {
            FileDrop d = service.drop(parse(day));
            String key = d.failed() ? "exchange.filedrop.run.failed" : "exchange.filedrop.run.done";
            redirect.addFlashAttribute(d.failed() ? "error" : "flash",
                    messages.getMessage(key, new Object[] {d.day().toString(), d.rows(), d.error()}, locale));
        } catch (UserError e) {
            redirect.addFlashAttribute("error", messages.getMessage(e.messageKey(), e.args(), e.messageKey(), locale));
            redirect.addFlashAttribute("day", day);
        }
        return "redirect:/admin/file-drops";
    }

    /** A past or today's business day: a later day has nothing published yet. */
    private LocalDate parse(String day) {
        LocalDate d;
        try {
            d = LocalDate.parse(day == null ? "" : day.strip());
        } catch (DateTimeParseException e) {
            throw new UserError("day", "exchange.filedrop.day.invalid", day == null ? "" : day);
        }
        if (d.isAfter(BusinessClock.today(clock))) {
            throw new UserError("day", "exchange.filedrop.day.future", d.toString());
        }
        return d;
    }
}
