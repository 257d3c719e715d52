package io.fairdraw.audit.web;

import io.fairdraw.audit.domain.AuditFilter;
import io.fairdraw.audit.domain.AuditQueries;
import io.fairdraw.shared.BusinessClock;
import io.fairdraw.shared.XlsxTable;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** AUDITOR and ADMIN browse, filter and export the log (URL rule in the security configuration). */
@Controller
class AuditController {

    static final String VIEW = "audit/log";
    private static final int PAGE_SIZE = 50;

    private final AuditQueries queries;
    private final MessageSource messages;
    private final AuditLines lines;

    AuditController(AuditQueries queries, MessageSource messages, AuditLines lines) {
        this.queries = queries;
        this.messages = messages;
        this.lines = lines;
    }

    @GetMapping("/audit")
    String log(@RequestParam(required = false) String actor, @RequestParam(required = false) String unit,
               @RequestParam(required = false) String action, @RequestParam(required = false) String targetType,
               @RequestParam(required = false) String targetId,
               @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
               @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
               @RequestParam(defaultValue = "0") int page, Model model, Locale locale) {
        AuditFilter filter = new AuditFilter(actor, unit, action, targetType, targetId, from, to);
        model.addAttribute("filter", filter);
        AuditQueries.Page found = queries.find(filter, page, PAGE_SIZE);
        model.addAttribute("page", found);
        // Issue 21 item 2: read through the bundles; the stored entry (and its hash) is unchanged.
        model.addAttribute("lines", found.rows().stream().map(r -> lines.of(r, locale)).toList());
        model.addAttribute("zone", BusinessClock.ZONE);
        return VIEW;
    }

    @GetMapping("/audit/export")
    void export(@RequestParam(required = false) String actor, @RequestParam(required = false) String unit,
                @RequestParam(required = false) String action, @RequestParam(required = false) String targetType,
                @RequestParam(required = false) String targetId,
                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                HttpServletResponse response, Locale locale) throws IOException {
        AuditFilter filter = new AuditFilter(actor, unit, action, targetType, targetId, from, to);
        XlsxTable.attachment(response, "audit-log.xlsx");
        List<String> headers = List.of("seq", "at", "actor", "unit", "action", "target_type", "target_id", "summary",
                "client_addr", "hash").stream().map(h -> messages.getMessage("audit.field." + h, null, locale)).toList();
        try (XlsxTable t = new XlsxTable(response.getOutputStream(), "audit", headers)) {
            queries.forEach(filter, r -> t.add(List.of(r.seq(), r.at().atZone(BusinessClock.ZONE).toLocalDateTime(), r.actor(),
                    r.unitCode(), lines.action(r.action(), locale),
                    r.targetType(), r.targetId(), r.summary(), r.clientAddr(), r.hash())));
        }
    }
}
