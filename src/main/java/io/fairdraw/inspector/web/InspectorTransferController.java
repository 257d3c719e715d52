package io.fairdraw.inspector.web;

import io.fairdraw.inspector.Eligibility;
import io.fairdraw.inspector.InspectorStatus;
import io.fairdraw.inspector.domain.InspectorColumns;
import io.fairdraw.inspector.domain.InspectorDetails;
import io.fairdraw.inspector.domain.InspectorImport;
import io.fairdraw.inspector.domain.InspectorService;
import io.fairdraw.organization.FairdrawUser;
import io.fairdraw.organization.OutOfScopeException;
import io.fairdraw.shared.BusinessClock;
import io.fairdraw.shared.XlsxTable;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * .xlsx import (template with documented columns) and export of the directory. The export masks
 * phone and ID number unless the viewer may see them; it uses the template's columns, so an
 * export can be edited and imported again (masked values then keep what is stored).
 */
@Controller
@RequestMapping("/inspectors")
class InspectorTransferController {

    static final String IMPORT = "inspector/import";

    private final InspectorService inspectors;
    private final InspectorImport importer;
    private final MessageSource messages;
    private final Clock clock;

    InspectorTransferController(InspectorService inspectors, InspectorImport importer, MessageSource messages,
                                Clock clock) {
        this.inspectors = inspectors;
        this.importer = importer;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping("/import")
    String importPage(@AuthenticationPrincipal FairdrawUser user, Model model) {
        requireMaintainer(user);
        model.addAttribute("columns", InspectorColumns.values());
        return IMPORT;
    }

    @PostMapping("/import")
    String upload(@RequestParam(required = false) MultipartFile file, @AuthenticationPrincipal FairdrawUser user,
                  Model model, Locale locale) throws IOException {
        requireMaintainer(user);
        model.addAttribute("columns", InspectorColumns.values());
        if (file == null || file.isEmpty()) {
            model.addAttribute("uploadError", messages.getMessage("inspector.import.no_file", null, locale));
            return IMPORT;
        }
        try (InputStream in = file.getInputStream()) {
            model.addAttribute("result", importer.run(in, locale));
        }
        model.addAttribute("filename", file.getOriginalFilename());
        return IMPORT;
    }

    @GetMapping("/import/template.xlsx")
    void template(HttpServletResponse response, Locale locale) throws IOException {
        XlsxTable.attachment(response, "inspector-template.xlsx");
        Workbook wb = new Workbook(response.getOutputStream(), "Fairdraw", "1.0");
        Worksheet sheet = wb.newWorksheet(messages.getMessage("inspector.import.sheet", null, locale));
        List<String> headers = InspectorColumns.headers(messages, InspectorColumns.TEMPLATE_LOCALE);
        for (int c = 0; c < headers.size(); c++) {
            sheet.value(0, c, headers.get(c));
            sheet.style(0, c).bold().set();
        }
        Worksheet help = wb.newWorksheet(messages.getMessage("inspector.import.help_sheet", null, locale));
        help.value(0, 0, messages.getMessage("inspector.import.help.column", null, locale));
        help.value(0, 1, messages.getMessage("inspector.import.help.rule", null, locale));
        int r = 1;
        for (InspectorColumns c : InspectorColumns.values()) {
            help.value(r, 0, headers.get(c.ordinal()));
            help.value(r++, 1, messages.getMessage(c.messageKey() + ".help", null, locale));
        }
        sheet.finish();
        help.finish();
        wb.finish();
    }

    @GetMapping("/export")
    void export(@RequestParam(required = false) String q, @RequestParam(required = false) String unit,
                @RequestParam(required = false) InspectorStatus status, HttpServletResponse response, Locale locale)
            throws IOException {
        XlsxTable.attachment(response, "inspectors.xlsx");
        List<String> headers = new ArrayList<>(InspectorColumns.headers(messages, InspectorColumns.TEMPLATE_LOCALE));
        headers.add(messages.getMessage("inspector.col.eligible_today", null, locale));
        LocalDate today = BusinessClock.today(clock);
        try (XlsxTable t = new XlsxTable(response.getOutputStream(), "inspectors", headers)) {
            int p = 0;
            InspectorService.Page page;
            do {
                page = inspectors.search(q, unit, status, p++, 1000);
                for (InspectorDetails raw : page.rows()) {
                    InspectorRow row = InspectorRow.of(inspectors.forViewer(raw), today);
                    t.add(values(row, locale));
                }
            } while (p < page.pages());
        }
    }

    private List<Object> values(InspectorRow row, Locale locale) {
        var i = row.d().inspector();
        Eligibility e = row.eligibility();
        List<Object> v = new ArrayList<>();
        v.add(i.id().value());
        v.add(i.name());
        v.add(i.unitCode());
        v.add(i.certificateNo());
        v.add(i.certificateExpiry());
        v.add(i.specialties().stream().sorted().map(f -> msg(f.messageKey(), locale)).collect(Collectors.joining("、")));
        v.add(msg("inspector.status." + i.status(), locale));
        v.add(msg(i.jointPool() ? "common.yes" : "common.no", locale));
        v.add(row.d().phone());
        v.add(row.d().idNumber());
        v.add(e.eligible() ? msg("common.yes", locale) : e.reasons().stream()
                .map(x -> msg("inspector.eligibility." + x, locale)).collect(Collectors.joining("、")));
        return v;
    }

    private String msg(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }

    private void requireMaintainer(FairdrawUser user) {
        if (!inspectors.maintains(user.unitCode())) {
            throw new OutOfScopeException(user.unitCode(), true);
        }
    }
}
