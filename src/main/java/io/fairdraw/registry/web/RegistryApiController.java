package io.fairdraw.registry.web;

import io.fairdraw.organization.OutOfScopeException;
import io.fairdraw.registry.domain.BadFileException;
import io.fairdraw.registry.domain.ImportRecord;
import io.fairdraw.registry.domain.ImportResult;
import io.fairdraw.registry.domain.ImportService;
import io.fairdraw.registry.domain.MarketEntity;
import io.fairdraw.registry.domain.RegistryService;
import io.fairdraw.shared.XlsxTable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** The registry's integration API (DESIGN.md §5). Errors are JSON via the system's ErrorAdvice. */
@RestController
class RegistryApiController {

    private final ImportService imports;
    private final RegistryService registry;
    private final MessageSource messages;

    RegistryApiController(ImportService imports, RegistryService registry, MessageSource messages) {
        this.imports = imports;
        this.registry = registry;
        this.messages = messages;
    }

    @Operation(summary = "Import entities from .xlsx or .csv (template columns of DESIGN.md §5)",
            description = "Every data row is validated; rejected rows are listed with row (header = row 1), column "
                    + "(the template's Chinese header) and message, and are downloadable from errorReport. Valid rows "
                    + "are upserted by the unified social credit code in one transaction; re-importing the same file changes nothing "
                    + "(nothingChanged = true). Only the LIAISON of a unit may import, and only into that unit. "
                    + "errors holds the first 1,000 rejected rows (errorsTruncated tells when there are more). "
                    + "CSV may be UTF-8 (with or without BOM) or GB18030.")
    @ApiResponse(responseCode = "200", description = "Imported (possibly with rejected rows)")
    @ApiResponse(responseCode = "400", description = "Refused, nothing stored: code registry.import.bad_file (not an "
            + ".xlsx/.csv or unreadable), registry.import.empty (empty file, no header row), registry.import.no_rows "
            + "(header only), registry.import.missing_columns / repeated_columns (header names the problem)")
    @ApiResponse(responseCode = "403", description = "Caller is not a LIAISON")
    @PostMapping(path = "/api/v1/registry/imports", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    Map<String, Object> importFile(@RequestParam(value = "file", required = false) MultipartFile file, Locale locale)
            throws IOException {
        if (file == null) {
            throw new BadFileException("registry.import.no_file");
        }
        Path tmp = Files.createTempFile("fd-import-", ".upload");
        try {
            file.transferTo(tmp);
            ImportResult r = imports.importNow(tmp, file.getOriginalFilename(), locale);
            return ImportResponses.json(r, messages.getMessage(ImportResponses.summaryKey(r),
                    ImportResponses.summaryArgs(r), locale));
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    @Operation(summary = "An import's counts and status")
    @GetMapping("/api/v1/registry/imports/{id}")
    ImportRecord importRecord(@PathVariable long id) {
        return imports.find(id).orElseThrow(() -> new OutOfScopeException(String.valueOf(id), false));
    }

    @Operation(summary = "An import's rejected rows as .xlsx: original cells, then row number, error columns and reasons")
    @GetMapping("/api/v1/registry/imports/{id}/errors.xlsx")
    void errorReport(@PathVariable long id, HttpServletResponse response, Locale locale) throws IOException {
        imports.find(id).orElseThrow(() -> new OutOfScopeException(String.valueOf(id), false));
        XlsxTable.attachment(response, "import-" + id + "-errors.xlsx");
        imports.writeErrorReport(id, response.getOutputStream(), locale);
    }

    @Operation(summary = "One entity by unified social credit code; 404 outside the caller's scope")
    @GetMapping("/api/v1/registry/entities/{uscc}")
    MarketEntity entity(@PathVariable String uscc) {
        return registry.get(uscc);
    }
}
