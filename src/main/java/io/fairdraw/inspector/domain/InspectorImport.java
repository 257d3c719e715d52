package io.fairdraw.inspector.domain;

import io.fairdraw.audit.AuditEvent;
import io.fairdraw.audit.AuditLog;
import io.fairdraw.inspector.domain.ImportResult.RowError;
import io.fairdraw.shared.UserError;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import io.fairdraw.spreadsheet.SheetRow;
import io.fairdraw.spreadsheet.SpreadsheetRefused;
import io.fairdraw.spreadsheet.XlsxLimits;
import io.fairdraw.spreadsheet.XlsxReader;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports the inspector list from .xlsx: every row is checked and reported with row, column and
 * reason; rows with errors are skipped; valid rows are upserted by inspector id in one
 * transaction. Importing the same file twice changes nothing the second time.
 */
@Service
public class InspectorImport {

    private final InspectorRepository inspectors;
    private final InspectorService service;
    private final ImportCells cells;
    private final MessageSource messages;
    private final AuditLog audit;
    /**
     * The shared reader's limits (issue 18), with fewer rows and shorter rows than a workbook may
     * have: the import keeps every valid row until all are read (one transaction), so what it
     * keeps must fit a 512 MB heap. A unit's inspectors are hundreds, not tens of thousands.
     */
    private final XlsxLimits limits;
    static final int MAX_ROWS = 10_001;
    static final int MAX_ROW_CHARS = 2_048;

    InspectorImport(InspectorRepository inspectors, InspectorService service, MessageSource messages, AuditLog audit,
                    @org.springframework.beans.factory.annotation.Value("${fairdraw.import.max-inflated-bytes:2GB}")
                    org.springframework.util.unit.DataSize maxInflated) {
        this.inspectors = inspectors;
        this.service = service;
        this.cells = new ImportCells(messages);
        this.messages = messages;
        this.audit = audit;
        this.limits = XlsxLimits.excel(maxInflated.toBytes()).withRows(MAX_ROWS, MAX_ROW_CHARS);
    }

    private record Parsed(int row, InspectorDraft draft, InspectorDetails existing) {
    }

    /**
     * Copies the upload to a temporary file (the reader needs random access to the zip), deleted
     * in {@code finally}, and imports it.
     */
    @Transactional
    public ImportResult run(InputStream in, Locale locale) {
        Path file = null;
        try {
            file = Files.createTempFile("fd-inspectors-", ".xlsx");
            Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
            return run(file, locale);
        } catch (IOException e) {
            return failed(1, "", message("inspector.import.not_xlsx", locale));
        } finally {
            if (file != null) {
                try {
                    Files.deleteIfExists(file);
                } catch (IOException ignored) {
                    // the temporary directory is cleaned by the system
                }
            }
        }
    }

    /** A refused file (not a workbook, or past a limit: {@link SpreadsheetRefused}) stores nothing: rows are written only after all are read. */
    private ImportResult run(Path file, Locale locale) {
        try (XlsxReader reader = XlsxReader.open(file, limits)) {
            return read(reader, locale);
        } catch (SpreadsheetRefused e) {
            String key = "spreadsheet.not_xlsx".equals(e.messageKey()) ? "inspector.import.not_xlsx" : e.messageKey();
            return failed(1, "", message(key, locale, e.args()));
        } catch (IOException e) {
            return failed(1, "", message("inspector.import.not_xlsx", locale));
        }
    }

    private ImportResult read(XlsxReader reader, Locale locale) {
        SheetRow r = new SheetRow();
        if (!reader.next(r) || r.isBlank()) {
            return failed(1, "", message("inspector.import.empty", locale));
        }
        Map<InspectorColumns, Integer> index = new EnumMap<>(InspectorColumns.class);
        for (InspectorColumns c : InspectorColumns.values()) {
            Optional<Integer> at = cells.find(r, c);
            if (at.isEmpty()) {
                return failed(1, header(c), message("inspector.import.missing_column", locale, header(c)));
            }
            index.put(c, at.get());
        }
        List<RowError> errors = new ArrayList<>();
        List<Parsed> valid = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        Map<String, Optional<String>> jointPool = new HashMap<>();
        int total = 0;
        while (reader.next(r)) {
            if (cells.blank(r)) {
                continue;
            }
            total++;
            int before = errors.size();
            List<UserError> problems = new ArrayList<>();
            InspectorDraft draft = cells.draft(r, index, problems);
            InspectorDetails existing = inspectors.find(draft.id()).orElse(null);
            problems.addAll(scopeProblems(draft, existing, seen.get(draft.id())));
            if (existing != null) {
                draft = InspectorService.keepMasked(draft, existing);
                if (PersonalData.isMasked(draft.phone()) || PersonalData.isMasked(draft.idNumber())) {
                    problems.add(new UserError(PersonalData.isMasked(draft.phone()) ? "phone" : "idNumber",
                            "inspector.import.masked"));
                }
            } else if (PersonalData.isMasked(draft.phone()) || PersonalData.isMasked(draft.idNumber())) {
                problems.add(new UserError(PersonalData.isMasked(draft.phone()) ? "phone" : "idNumber",
                        "inspector.import.masked"));
            }
            Optional<String> holder = jointPool.computeIfAbsent(draft.unitCode(), inspectors::jointPoolOf);
            if (problems.stream().noneMatch(p -> "unitCode".equals(p.field()))) {
                problems.addAll(service.problems(draft, existing == null ? null : draft.id(), holder));
            }
            for (UserError p : dedupe(problems)) {
                errors.add(new RowError(r.number(), header(InspectorColumns.ofField(p.field())),
                        messages.getMessage(p.messageKey(), p.args(), p.messageKey(), locale)));
            }
            seen.putIfAbsent(draft.id(), r.number());
            if (errors.size() == before) {
                valid.add(new Parsed(r.number(), draft, existing));
                // Later rows of the same unit see this row's joint-pool choice.
                if (draft.jointPool()) {
                    jointPool.put(draft.unitCode(), Optional.of(draft.id()));
                } else if (holder.filter(draft.id()::equals).isPresent()) {
                    jointPool.put(draft.unitCode(), Optional.empty());
                }
            }
        }
        return apply(total, valid, errors);
    }

    private ImportResult apply(int total, List<Parsed> valid, List<RowError> errors) {
        int inserted = 0;
        int updated = 0;
        int unchanged = 0;
        // Joint-pool places are freed before they are taken (one per unit, a unique index).
        List<Parsed> ordered = valid.stream().sorted(Comparator.comparing(p -> p.draft().jointPool())).toList();
        for (Parsed p : ordered) {
            if (p.existing() == null) {
                inspectors.insert(p.draft(), false);
                audit.record(AuditEvent.of("INSPECTOR_CREATED", "inspector", p.draft().id(),
                        "import row " + p.row() + ": " + InspectorService.summary(p.draft())));
                inserted++;
            } else if (InspectorDraft.of(p.existing()).equals(p.draft())) {
                unchanged++;
            } else {
                inspectors.update(p.draft());
                audit.record(AuditEvent.of("INSPECTOR_UPDATED", "inspector", p.draft().id(), "import row " + p.row()
                        + ": " + InspectorService.diff(InspectorDraft.of(p.existing()), p.draft())));
                updated++;
            }
        }
        long rejectedRows = errors.stream().map(RowError::row).distinct().count();
        audit.record(AuditEvent.of("INSPECTORS_IMPORTED", "inspector", "", "total " + total + ", inserted " + inserted
                + ", updated " + updated + ", unchanged " + unchanged + ", rejected " + rejectedRows));
        return new ImportResult(total, valid.size(), inserted, updated, unchanged, (int) rejectedRows, errors);
    }

    /** A row may only touch the caller's own unit, never another unit's inspector, once per file. */
    private List<UserError> scopeProblems(InspectorDraft d, InspectorDetails existing, Integer firstRow) {
        List<UserError> p = new ArrayList<>();
        if (!d.unitCode().isEmpty() && !service.maintains(d.unitCode())) {
            p.add(new UserError("unitCode", "inspector.import.unit_out_of_scope", d.unitCode()));
        } else if (existing != null && !existing.inspector().unitCode().equals(d.unitCode())) {
            p.add(new UserError("unitCode", "inspector.import.other_unit", d.id(), existing.inspector().unitCode()));
        }
        if (firstRow != null) {
            p.add(new UserError("id", "inspector.import.duplicate", d.id(), firstRow));
        }
        return p;
    }

    private static List<UserError> dedupe(List<UserError> problems) {
        Map<String, UserError> byKey = new java.util.LinkedHashMap<>();
        problems.forEach(p -> byKey.putIfAbsent(p.field() + "|" + p.messageKey(), p));
        return List.copyOf(byKey.values());
    }

    private ImportResult failed(int row, String column, String message) {
        return new ImportResult(0, 0, 0, 0, 0, 0, List.of(new RowError(row, column, message)));
    }

    private String header(InspectorColumns c) {
        return c.header(messages, InspectorColumns.TEMPLATE_LOCALE);
    }

    private String message(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, key, locale);
    }
}
