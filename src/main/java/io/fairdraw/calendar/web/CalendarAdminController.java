package io.fairdraw.calendar.web;

import io.fairdraw.calendar.DayKind;
import io.fairdraw.calendar.domain.CalendarService;
import io.fairdraw.shared.BusinessClock;
import io.fairdraw.shared.UserError;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** ADMIN enters each year's holidays and make-up working days from the State Council's notice. */
@Controller
class CalendarAdminController {

    static final String VIEW = "calendar/admin";

    private final CalendarService calendar;
    private final MessageSource messages;
    private final Clock clock;

    CalendarAdminController(CalendarService calendar, MessageSource messages, Clock clock) {
        this.calendar = calendar;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping("/admin/calendar")
    String show(@RequestParam(required = false) Integer year, Model model) {
        int y = year == null ? BusinessClock.today(clock).getYear() : year;
        model.addAttribute("year", y);
        model.addAttribute("years", calendar.years());
        model.addAttribute("days", calendar.year(y));
        model.addAttribute("covered", calendar.covers(y));
        model.addAttribute("kinds", DayKind.values());
        return VIEW;
    }

    @PostMapping("/admin/calendar")
    String save(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day,
                @RequestParam(required = false) DayKind kind, @RequestParam(required = false) String name,
                RedirectAttributes redirect, Locale locale) {
        try {
            calendar.save(day, kind, name);
            redirect.addFlashAttribute("flash", "calendar.saved");
        } catch (UserError e) {
            redirect.addFlashAttribute("error", messages.getMessage(e.messageKey(), e.args(), locale));
            redirect.addFlashAttribute("typedDay", day);
            redirect.addFlashAttribute("typedKind", kind);
            redirect.addFlashAttribute("typedName", name);
        }
        return "redirect:/admin/calendar?year=" + (day == null ? BusinessClock.today(clock).getYear() : day.getYear());
    }

    @PostMapping("/admin/calendar/delete")
    String delete(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day,
                  RedirectAttributes redirect, Locale locale) {
        try {
            calendar.delete(day);
            redirect.addFlashAttribute("flash", "calendar.deleted");
        } catch (UserError e) {
            redirect.addFlashAttribute("error", messages.getMessage(e.messageKey(), e.args(), locale));
        }
        return "redirect:/admin/calendar?year=" + day.getYear();
    }
}
