package io.fairdraw.catalog.domain;

import io.fairdraw.catalog.ChecklistPoint;
import io.fairdraw.spreadsheet.SheetRow;
import io.fairdraw.spreadsheet.SpreadsheetRefused;
import io.fairdraw.spreadsheet.XlsxLimits;
import io.fairdraw.spreadsheet.XlsxReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports an item's 检查细则 from .xlsx (issue 19 item 3) through the project's bounded reader
 * (issue 18: the file is hostile until read). The checklist is one whole: any row error stores
 * nothing and lists every error by row and column; a valid file becomes a new item version
 * ({@link ChecklistService#replace}), and the same file again changes nothing.
 */
@Service
public class ChecklistImport {

    /** Columns of the template, in order; headers {@code catalog.checklist.col.<key>} in zh-CN. */
    public enum Column {
        NO("no"), TEXT("text"), CLAUSE("clause"), METHOD("method"), OPTIONS("options");

        public final String key;

        Column(String key) {
            this.key = key;
        }
    }

    public record RowError(int row, String column, String message) {
    }

    /** What the import did: {@code created} false and no errors means the checklist was already the same. */
    public record Result(String code, int versionNo, int points, boolean created, List<RowError> errors) {
        public boolean ok() {
            return errors.isEmpty();
        }
    }

    static final Locale TEMPLATE_LOCALE = Locale.SIMPLIFIED_CHINESE;
    /** A checklist has at most {@link ChecklistPoint#MAX_POINTS} points; a few blank rows more are tolerated. */
    static final int MAX_ROWS = 1_001;
    static final int MAX_ROW_CHARS = 8_192;

    private final ChecklistService checklists;
    private final MessageSource messages;
    private final XlsxLimits limits;

    ChecklistImport(ChecklistService checklists, MessageSource messages,
                    @org.springframework.beans.factory.annotation.Value("${fairdraw.import.max-inflated-bytes:2GB}")
                    org.springframework.util.unit.DataSize maxInflated) {
        this.checklists = checklists;
        this.messages = messages;
        this.limits = XlsxLimits.excel(Math.min(maxInflated.toBytes(), 256L << 20)).withRows(MAX_ROWS, MAX_ROW_CHARS);
    }

    public String header(Column c) {
        return messages.getMessage("catalog.checklist.col." + c.key, null, TEMPLATE_LOCALE);
    }

    /** Copies the upload to a temporary file (the reader needs the zip's directory), deleted afterwards. */
    @Transactional
    public Result run(String code, InputStream in, LocalDate effectiveFrom, String reason, Locale locale) {
        Path file = null;
        try {
            file = Files.createTempFile("fd-checklist-", ".xlsx");
            Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
            List<ChecklistPoint> points;
            try (XlsxReader reader = XlsxReader.open(file, limits)) {
                List<RowError> errors = new ArrayList<>();
                points = read(reader, errors, locale);
                if (!errors.isEmpty()) {
                    return failed(code, errors);
                }
            } catch (SpreadsheetRefused e) {
                return failed(code, List.of(new RowError(1, "", message(e.messageKey(), locale, e.args()))));
            }
            ChecklistService.Replaced done = checklists.replace(code, points, effectiveFrom, reason);
            return new Result(code, done.version().versionNo(), points.size(), done.created(), List.of());
        } catch (IOException e) {
            return failed(code, List.of(new RowError(1, "", message("spreadsheet.not_xlsx", locale))));
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

    private List<ChecklistPoint> read(XlsxReader reader, List<RowError> errors, Locale locale) {
        SheetRow r = new SheetRow();
        if (!reader.next(r) || r.isBlank()) {
            errors.add(new RowError(1, "", message("catalog.checklist.import.empty", locale)));
            return List.of();
        }
        Map<Column, Integer> index = new EnumMap<>(Column.class);
        for (int c = 0; c < r.width(); c++) {
            for (Column col : Column.values()) {
                if (r.text(c).strip().equals(header(col))) {
                    index.putIfAbsent(col, c);
                }
            }
        }
        for (Column col : List.of(Column.NO, Column.TEXT, Column.CLAUSE, Column.METHOD)) {
            if (!index.containsKey(col)) {
                errors.add(new RowError(1, header(col), message("catalog.checklist.import.missing_column", locale,
                        header(col))));
            }
        }
        if (!errors.isEmpty()) {
            return List.of();
        }
        List<ChecklistPoint> points = new ArrayList<>();
        Map<Integer, Integer> rowOfNo = new HashMap<>();
        while (reader.next(r)) {
            if (r.isBlank()) {
                continue;
            }
            String noText = r.text(index.get(Column.NO)).strip();
            Integer no = number(noText);
            if (no == null || no < 1 || no > ChecklistPoint.MAX_POINTS) {
                errors.add(new RowError(r.number(), header(Column.NO), message("catalog.checklist.import.no_invalid",
                        locale, noText, ChecklistPoint.MAX_POINTS)));
            } else if (rowOfNo.containsKey(no)) {
                errors.add(new RowError(r.number(), header(Column.NO), message("catalog.checklist.import.no_duplicate",
                        locale, no, rowOfNo.get(no))));
                no = null;
            } else {
                rowOfNo.put(no, r.number());
            }
            String options = index.containsKey(Column.OPTIONS) ? r.text(index.get(Column.OPTIONS)).strip() : "";
            if (!options.isEmpty() && !options.equals(message("catalog.checklist.options", TEMPLATE_LOCALE))) {
                errors.add(new RowError(r.number(), header(Column.OPTIONS), message("catalog.checklist.import.options",
                        locale, message("catalog.checklist.options", TEMPLATE_LOCALE))));
            }
            int before = errors.size();
            check(r, index, Column.TEXT, ChecklistPoint.MAX_TEXT, errors, locale);
            check(r, index, Column.CLAUSE, ChecklistPoint.MAX_CLAUSE, errors, locale);
            check(r, index, Column.METHOD, ChecklistPoint.MAX_METHOD, errors, locale);
            if (no != null && errors.size() == before && no >= 1 && no <= ChecklistPoint.MAX_POINTS) {
                points.add(new ChecklistPoint(no, r.text(index.get(Column.TEXT)), r.text(index.get(Column.CLAUSE)),
                        r.text(index.get(Column.METHOD))));
            }
            if (rowOfNo.size() > ChecklistPoint.MAX_POINTS) {
                errors.add(new RowError(r.number(), "", message("catalog.checklist.import.too_many", locale,
                        ChecklistPoint.MAX_POINTS)));
                return List.of();
            }
        }
        if (errors.isEmpty() && points.isEmpty()) {
            errors.add(new RowError(2, "", message("catalog.checklist.import.empty", locale)));
        }
        points.sort(Comparator.comparingInt(ChecklistPoint::no));
        // Numbered 1..n in the order of 序号, so the printed table and the record count the same way.
        List<ChecklistPoint> renumbered = new ArrayList<>();
        for (int i = 0; i < points.size(); i++) {
            ChecklistPoint p = points.get(i);
            renumbered.add(new ChecklistPoint(i + 1, p.text(), p.clause(), p.method()));
        }
        return renumbered;
    }

    private void check(SheetRow r, Map<Column, Integer> index, Column col, int max, List<RowError> errors,
                       Locale locale) {
        String v = r.text(index.get(col)).strip();
        if (v.isEmpty()) {
            errors.add(new RowError(r.number(), header(col), message("catalog.checklist." + col.key + ".required", locale)));
        } else if (v.length() > max) {
            errors.add(new RowError(r.number(), header(col), message("catalog.checklist." + col.key + ".too_long",
                    locale, max)));
        }
    }

    /** 序号 as typed: an integer, possibly written by Excel as "3" or "3.0". */
    private static Integer number(String text) {
        if (!text.matches("\\d{1,4}(\\.0+)?")) {
            return null;
        }
        return Integer.parseInt(text.replaceAll("\\.0+$", ""));
    }

    private Result failed(String code, List<RowError> errors) {
        return new Result(code, 0, 0, false, List.copyOf(errors));
    }

    private String message(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, key, locale);
    }
}
