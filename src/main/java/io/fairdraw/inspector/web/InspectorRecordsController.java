package io.fairdraw.inspector.web;

import io.fairdraw.inspector.domain.InspectorService;
import io.fairdraw.shared.UserError;
import java.time.LocalDate;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * An inspector's leave periods and declared conflicts (回避). Deleting asks first (data-confirm)
 * and is audited. On an error the typed values come back with the message.
 */
@Controller
@RequestMapping("/inspectors/{id}")
class InspectorRecordsController {

    private final InspectorService inspectors;
    private final MessageSource messages;

    InspectorRecordsController(InspectorService inspectors, MessageSource messages) {
        this.inspectors = inspectors;
        this.messages = messages;
    }

    @PostMapping("/leaves")
    String addLeave(@PathVariable String id,
                    @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate start,
                    @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate end,
                    @RequestParam(required = false) String reason, RedirectAttributes redirect, Locale locale) {
        try {
            inspectors.addLeave(id, start, end, reason);
            redirect.addFlashAttribute("flash", "inspector.leave.added");
        } catch (UserError e) {
            redirect.addFlashAttribute("leaveError", messages.getMessage(e.messageKey(), e.args(), locale));
            redirect.addFlashAttribute("leaveStart", start);
            redirect.addFlashAttribute("leaveEnd", end);
            redirect.addFlashAttribute("leaveReason", reason);
        }
        return "redirect:/inspectors/" + id;
    }

    @PostMapping("/leaves/{leaveId}/delete")
    String deleteLeave(@PathVariable String id, @PathVariable long leaveId, RedirectAttributes redirect, Locale locale) {
        try {
            inspectors.deleteLeave(id, leaveId);
            redirect.addFlashAttribute("flash", "inspector.leave.deleted");
        } catch (UserError e) {
            redirect.addFlashAttribute("leaveError", messages.getMessage(e.messageKey(), e.args(), locale));
        }
        return "redirect:/inspectors/" + id;
    }

    @PostMapping("/conflicts")
    String addConflict(@PathVariable String id, @RequestParam(required = false) String uscc,
                       @RequestParam(required = false) String reason, RedirectAttributes redirect, Locale locale) {
        try {
            inspectors.addConflict(id, uscc, reason);
            redirect.addFlashAttribute("flash", "inspector.conflict.added");
        } catch (UserError e) {
            redirect.addFlashAttribute("conflictError", messages.getMessage(e.messageKey(), e.args(), locale));
            redirect.addFlashAttribute("conflictUscc", uscc);
            redirect.addFlashAttribute("conflictReason", reason);
        }
        return "redirect:/inspectors/" + id;
    }

    @PostMapping("/conflicts/{conflictId}/delete")
    String deleteConflict(@PathVariable String id, @PathVariable long conflictId, RedirectAttributes redirect,
                          Locale locale) {
        try {
            inspectors.deleteConflict(id, conflictId);
            redirect.addFlashAttribute("flash", "inspector.conflict.withdrawn");
        } catch (UserError e) {
            redirect.addFlashAttribute("conflictError", messages.getMessage(e.messageKey(), e.args(), locale));
        }
        return "redirect:/inspectors/" + id;
    }
}
