package io.fairdraw.credit.web;

import io.fairdraw.credit.domain.CreditSources;
import io.fairdraw.credit.domain.ExternalCreditImport;
import io.fairdraw.organization.FairdrawUser;
import io.fairdraw.shared.UserError;
import io.fairdraw.shared.XlsxTable;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 外部信用 for ADMIN (issue 20 item 3; {@code /admin/**} is ADMIN-only in the security chain): the
 * sources allowed to send changes, the .xlsx import with its template, and the latest changes.
 */
@Controller
class ExternalCreditController {

    static final String VIEW = "credit/external";
    static final String PAGE = "/admin/external-credit";

    private final CreditSources sources;
    private final ExternalCreditImport importer;
    private final MessageSource messages;

    ExternalCreditController(CreditSources sources, ExternalCreditImport importer, MessageSource messages) {
        this.sources = sources;
        this.importer = importer;
        this.messages = messages;
    }

    @GetMapping(PAGE)
    String page(Model model) {
        model.addAttribute("sources", sources.list());
        model.addAttribute("changes", sources.recent());
        return VIEW;
    }

    @PostMapping(PAGE + "/sources")
    String saveSource(@RequestParam(required = false) String code, @RequestParam(required = false) String name,
                      @RequestParam(required = false) String secret, @AuthenticationPrincipal FairdrawUser user,
                      RedirectAttributes redirect, Locale locale) {
        try {
            sources.save(code, name, secret, user.getUsername());
            redirect.addFlashAttribute("flash", messages.getMessage("credit.source.saved", new Object[] {code}, locale));
        } catch (UserError e) {
            redirect.addFlashAttribute("error", messages.getMessage(e.messageKey(), e.args(), e.messageKey(), locale));
            // What the admin typed, except the secret (never sent back to a page).
            redirect.addFlashAttribute("typedCode", code);
            redirect.addFlashAttribute("typedName", name);
        }
        return "redirect:" + PAGE;
    }

    @PostMapping(PAGE + "/imports")
    String upload(@RequestParam(required = false) MultipartFile file, @AuthenticationPrincipal FairdrawUser user,
                  RedirectAttributes redirect, Locale locale) throws IOException {
        if (file == null || file.isEmpty()) {
            redirect.addFlashAttribute("error", messages.getMessage("credit.external.import.no_file", null, locale));
            return "redirect:" + PAGE;
        }
        try (InputStream in = file.getInputStream()) {
            ExternalCreditImport.Result r = importer.run(in, user.getUsername(), locale);
            if (r.ok()) {
                redirect.addFlashAttribute("flash", messages.getMessage("credit.external.import.done",
                        new Object[] {r.rows(), r.received(), r.raised(), r.pending(), r.duplicates()}, locale));
            } else {
                redirect.addFlashAttribute("importErrors", r.errors());
            }
        }
        return "redirect:" + PAGE;
    }

    /** For integrations (an ADMIN token): 200 with the counts, 400 with every row error. */
    @PostMapping("/api/v1/credit/external-changes/imports")
    @ResponseBody
    ResponseEntity<ExternalCreditImport.Result> apiUpload(@RequestParam(required = false) MultipartFile file,
                                                          @AuthenticationPrincipal FairdrawUser user, Locale locale)
            throws IOException {
        if (!user.has(io.fairdraw.organization.Role.ADMIN)) {
            throw new io.fairdraw.organization.OutOfScopeException("credit_external_change", true);
        }
        if (file == null || file.isEmpty()) {
            throw new UserError("file", "credit.external.import.no_file");
        }
        try (InputStream in = file.getInputStream()) {
            ExternalCreditImport.Result r = importer.run(in, user.getUsername(), locale);
            return ResponseEntity.status(r.ok() ? HttpStatus.OK : HttpStatus.BAD_REQUEST).body(r);
        }
    }

    @GetMapping(PAGE + "/template.xlsx")
    void template(HttpServletResponse response) throws IOException {
        XlsxTable.attachment(response, "external-credit-template.xlsx");
        try (XlsxTable t = new XlsxTable(response.getOutputStream(), "credit",
                Arrays.stream(ExternalCreditImport.Column.values()).map(importer::header).toList())) {
            // headers only: an example row would be imported if left in
        }
    }
}
