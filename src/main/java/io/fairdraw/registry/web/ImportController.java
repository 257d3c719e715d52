package io.fairdraw.registry.web;

import io.fairdraw.organization.OutOfScopeException;
import io.fairdraw.registry.domain.BadFileException;
import io.fairdraw.registry.domain.ImportProgress;
import io.fairdraw.registry.domain.ImportRecord;
import io.fairdraw.registry.domain.ImportService;
import io.fairdraw.shared.BusinessClock;
import io.fairdraw.shared.XlsxTable;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * Import from the browser: the upload is checked at once (a bad file is refused on the form),
 * then imported in the background while the page polls a progress bar (htmx, every second).
 */
@Controller
class ImportController {

    static final String FORM = "registry/imports";
    static final String STATUS = "registry/import";
    static final String PROGRESS = "registry/import :: progress";
    private static final int SHOWN_ERRORS = 100;

    private final ImportService imports;
    private final MessageSource messages;

    ImportController(ImportService imports, MessageSource messages) {
        this.imports = imports;
        this.messages = messages;
    }

    @GetMapping("/registry/imports")
    String page(Model model) {
        imports.requireImporter();
        return form(model);
    }

    private String form(Model model) {
        model.addAttribute("recent", imports.recent(20));
        model.addAttribute("zone", BusinessClock.ZONE);
        return FORM;
    }

    @PostMapping("/registry/imports")
    String upload(@RequestParam(value = "file", required = false) MultipartFile file, Locale locale, Model model)
            throws IOException {
        if (file == null || file.isEmpty() && (file.getOriginalFilename() == null || file.getOriginalFilename().isBlank())) {
            model.addAttribute("error", messages.getMessage("registry.import.no_file", null, locale));
            return form(model);
        }
        Path tmp = Files.createTempFile("fd-import-", ".upload");
        file.transferTo(tmp);
        try {
            long id = imports.start(tmp, file.getOriginalFilename(), locale);
            return "redirect:/registry/imports/" + id;
        } catch (BadFileException e) {
            model.addAttribute("error", messages.getMessage(e.messageKey(), e.args(), locale));
            return form(model);
        }
    }

    @GetMapping("/registry/imports/{id}")
    String status(@PathVariable long id, Model model) {
        fill(id, model);
        return STATUS;
    }

    @GetMapping("/registry/imports/{id}/progress")
    String progress(@PathVariable long id, Model model) {
        fill(id, model);
        return PROGRESS;
    }

    @GetMapping("/registry/imports/{id}/errors.xlsx")
    void errors(@PathVariable long id, HttpServletResponse response, Locale locale) throws IOException {
        imports.find(id).orElseThrow(() -> new OutOfScopeException(String.valueOf(id), false));
        XlsxTable.attachment(response, "import-" + id + "-errors.xlsx");
        imports.writeErrorReport(id, response.getOutputStream(), locale);
    }

    @GetMapping("/registry/imports/template.xlsx")
    void template(HttpServletResponse response, Locale locale) throws IOException {
        XlsxTable.attachment(response, "registry-template.xlsx");
        imports.writeTemplate(response.getOutputStream(), locale);
    }

    /** The stored record once committed; before that the in-memory progress of this node. */
    private void fill(long id, Model model) {
        Optional<ImportRecord> record = imports.find(id);
        Optional<ImportProgress> progress = imports.progress(id);
        if (record.isEmpty() && progress.isEmpty()) {
            throw new OutOfScopeException(String.valueOf(id), false);
        }
        model.addAttribute("id", id);
        model.addAttribute("record", record.orElse(null));
        model.addAttribute("progress", progress.orElse(null));
        model.addAttribute("running", record.isEmpty() && progress.map(p -> !p.done()).orElse(false));
        model.addAttribute("errors", record.isPresent() ? imports.errors(id, SHOWN_ERRORS) : java.util.List.of());
        model.addAttribute("shownErrors", SHOWN_ERRORS);
        record.filter(r -> "DONE".equals(r.status())).ifPresent(r -> {
            var result = new io.fairdraw.registry.domain.ImportResult(r.id(), r.total(), r.inserted(), r.updated(),
                    r.unchanged(), r.rejected(), java.util.List.of());
            model.addAttribute("summary", messages.getMessage(ImportResponses.summaryKey(result),
                    ImportResponses.summaryArgs(result), org.springframework.context.i18n.LocaleContextHolder.getLocale()));
        });
    }
}
