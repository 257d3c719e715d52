package io.fairdraw.catalog.web;

import io.fairdraw.catalog.domain.CatalogItem;
import io.fairdraw.catalog.domain.CatalogService;
import io.fairdraw.catalog.domain.ChecklistImport;
import io.fairdraw.catalog.domain.ChecklistService;
import io.fairdraw.organization.OutOfScopeException;
import io.fairdraw.shared.UserError;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 检查细则 (issue 19 item 3): export and import of an item's checklist (.xlsx), for staff and
 * integrations, and its publication on the portal beside the public list.
 */
@Controller
class ChecklistController {

    static final String PUBLIC = "catalog/public-item";

    private final ChecklistService checklists;
    private final ChecklistImport importer;
    private final CatalogService catalog;
    private final MessageSource messages;
    private final io.fairdraw.organization.Organization organization;

    ChecklistController(ChecklistService checklists, ChecklistImport importer, CatalogService catalog,
                        MessageSource messages, io.fairdraw.organization.Organization organization) {
        this.organization = organization;
        this.checklists = checklists;
        this.importer = importer;
        this.catalog = catalog;
        this.messages = messages;
    }

    /** The checklist of a version (default: the latest) as .xlsx; with no points, the import template. */
    @GetMapping("/catalog/items/{code}/checklist.xlsx")
    void export(@PathVariable String code, @RequestParam(required = false) Integer version,
                HttpServletResponse response) throws IOException {
        CatalogItem item = catalog.get(code);
        int no = version == null ? item.latest().versionNo() : version;
        ChecklistXlsx.write(response, code + "-v" + no + "-checklist.xlsx", checklists.ofReadable(code, no), importer,
                messages);
    }

    @PostMapping("/catalog/items/{code}/checklist")
    String upload(@PathVariable String code, @RequestParam(required = false) MultipartFile file,
                  @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate effectiveFrom,
                  @RequestParam(defaultValue = "") String reason, RedirectAttributes flash, Locale locale)
            throws IOException {
        catalog.requireMayRevise(code);
        if (file == null || file.isEmpty()) {
            flash.addFlashAttribute("error", messages.getMessage("catalog.checklist.import.no_file", null, locale));
        } else {
            try (InputStream in = file.getInputStream()) {
                ChecklistImport.Result r = importer.run(code, in, effectiveFrom, reason, locale);
                if (r.ok()) {
                    flash.addFlashAttribute("checklistDone", messages.getMessage(r.created()
                            ? "catalog.checklist.import.created" : "catalog.checklist.import.unchanged",
                            new Object[] {r.points(), r.versionNo()}, locale));
                } else {
                    flash.addFlashAttribute("checklistErrors", r.errors());
                }
            } catch (UserError e) {
                flash.addFlashAttribute("error", messages.getMessage(e.messageKey(), e.args(), e.messageKey(), locale));
            }
        }
        return "redirect:/catalog/items/" + code + "#checklist";
    }

    /** For integrations: 201 with the new version, 200 when unchanged, 400 with every row error. */
    @PostMapping("/api/v1/catalog/items/{code}/checklist")
    @ResponseBody
    ResponseEntity<ChecklistImport.Result> apiUpload(@PathVariable String code, @RequestParam MultipartFile file,
                                                     @RequestParam(required = false)
                                                     @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate effectiveFrom,
                                                     @RequestParam(defaultValue = "") String reason, Locale locale)
            throws IOException {
        catalog.requireMayRevise(code);
        try (InputStream in = file.getInputStream()) {
            ChecklistImport.Result r = importer.run(code, in, effectiveFrom, reason, locale);
            HttpStatus status = !r.ok() ? HttpStatus.BAD_REQUEST : r.created() ? HttpStatus.CREATED : HttpStatus.OK;
            return ResponseEntity.status(status).body(r);
        }
    }

    /** 公开: an item of the published list with its 检查细则; {@code version} shows an earlier one. */
    @GetMapping("/public/catalog/{code}")
    String published(@PathVariable String code, @RequestParam(required = false) Integer version, Model model) {
        ChecklistService.PublishedItem p = checklists.published(code, version)
                .orElseThrow(() -> new OutOfScopeException(code, false));
        model.addAttribute("p", p);
        model.addAttribute("v", p.version());
        model.addAttribute("unitNames", organization.units().stream().collect(java.util.stream.Collectors.toMap(
                io.fairdraw.organization.Organization.UnitView::code, io.fairdraw.organization.Organization.UnitView::name)));
        return PUBLIC;
    }

    @GetMapping("/public/catalog/{code}/checklist.xlsx")
    void publishedXlsx(@PathVariable String code, @RequestParam(required = false) Integer version,
                       HttpServletResponse response) throws IOException {
        ChecklistService.PublishedItem p = checklists.published(code, version)
                .orElseThrow(() -> new OutOfScopeException(code, false));
        ChecklistXlsx.write(response, code + "-v" + p.version().versionNo() + "-checklist.xlsx", p.points(), importer,
                messages);
    }
}
