package io.fairdraw.credit.domain;

import io.fairdraw.shared.UserError;
import io.fairdraw.spreadsheet.SheetRow;
import io.fairdraw.spreadsheet.SpreadsheetRefused;
import io.fairdraw.spreadsheet.XlsxLimits;
import io.fairdraw.spreadsheet.XlsxReader;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.interceptor.TransactionAspectSupport;
import org.springframework.util.unit.DataSize;

/**
 * ADMIN imports external credit changes from .xlsx (issue 20 item 3) through the project's bounded
 * reader (issue 18: the file is hostile until read). One transaction: any row error stores nothing
 * and every error is listed by row and column; a change already received (same source and change
 * id, same content) counts as a duplicate, so the same file again changes nothing.
 */
@Service
public class ExternalCreditImport {

    /** Template columns in order; headers {@code credit.external.col.<key>} (zh-CN). */
    public enum Column {
        SOURCE("source"), CHANGE_ID("changeId"), USCC("uscc"), RISK_CLASS("riskClass"), EFFECTIVE_ON("effectiveOn"),
        REASON("reason"), REFERENCE("reference");

        public final String key;

        Column(String key) {
            this.key = key;
        }
    }

    public record RowError(int row, String column, String message) implements java.io.Serializable {
    }

    public record Result(int rows, int received, int raised, int duplicates, int pending, List<RowError> errors) {
        public boolean ok() {
            return errors.isEmpty();
        }
    }

    static final Locale TEMPLATE_LOCALE = Locale.SIMPLIFIED_CHINESE;
    static final int MAX_ROWS = 10_001;
    static final int MAX_ROW_CHARS = 8_192;
    /** Excel's day 0 (its 1900 leap-year bug included): serial 1 is 1900-01-01. */
    private static final LocalDate EXCEL_EPOCH = LocalDate.of(1899, 12, 30);

    private final ExternalCredit external;
    private final ExternalCreditRepository repo;
    private final MessageSource messages;
    private final XlsxLimits limits;

    ExternalCreditImport(ExternalCredit external, ExternalCreditRepository repo, MessageSource messages,
                         @Value("${fairdraw.import.max-inflated-bytes:2GB}") DataSize maxInflated) {
        this.external = external;
        this.repo = repo;
        this.messages = messages;
        this.limits = XlsxLimits.excel(Math.min(maxInflated.toBytes(), 256L << 20)).withRows(MAX_ROWS, MAX_ROW_CHARS);
    }

    public String header(Column c) {
        return messages.getMessage("credit.external.col." + c.key, null, TEMPLATE_LOCALE);
    }

    @Transactional
    public Result run(InputStream in, String by, Locale locale) {
        Path file = null;
        try {
            file = Files.createTempFile("fd-credit-", ".xlsx");
            Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
            try (XlsxReader reader = XlsxReader.open(file, limits)) {
                return read(reader, by, locale);
            } catch (SpreadsheetRefused e) {
                return failed(List.of(new RowError(1, "", message(e.messageKey(), locale, e.args()))));
            }
        } catch (IOException e) {
            return failed(List.of(new RowError(1, "", message("spreadsheet.not_xlsx", locale))));
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

    private Result read(XlsxReader reader, String by, Locale locale) {
        SheetRow r = new SheetRow();
        List<RowError> errors = new ArrayList<>();
        if (!reader.next(r) || r.isBlank()) {
            return failed(List.of(new RowError(1, "", message("credit.external.import.empty", locale))));
        }
        Map<Column, Integer> index = new EnumMap<>(Column.class);
        for (int c = 0; c < r.width(); c++) {
            for (Column col : Column.values()) {
                if (r.text(c).strip().equals(header(col))) {
                    index.putIfAbsent(col, c);
                }
            }
        }
        for (Column col : Column.values()) {
            if (col != Column.REFERENCE && !index.containsKey(col)) {
                errors.add(new RowError(1, header(col), message("credit.external.import.missing_column", locale,
                        header(col))));
            }
        }
        if (!errors.isEmpty()) {
            return failed(errors);
        }
        int rows = 0;
        int received = 0;
        int raised = 0;
        int duplicates = 0;
        int pending = 0;
        while (reader.next(r)) {
            if (r.isBlank()) {
                continue;
            }
            rows++;
            String source = r.text(index.get(Column.SOURCE)).strip();
            if (source.isEmpty() || repo.source(source).isEmpty()) {
                errors.add(new RowError(r.number(), header(Column.SOURCE), message(source.isEmpty()
                        ? "credit.external.import.source.required" : "credit.inbound.source.unknown", locale, source)));
                continue;
            }
            try {
                ExternalCredit.Received got = external.receive(source, cell(r, index, Column.CHANGE_ID),
                        cell(r, index, Column.USCC), cell(r, index, Column.RISK_CLASS), date(r, index.get(Column.EFFECTIVE_ON)),
                        cell(r, index, Column.REASON), cell(r, index, Column.REFERENCE), "IMPORT", by);
                switch (got.outcome()) {
                    case DUPLICATE -> duplicates++;
                    case RAISED -> { received++; raised++; }
                    case PENDING -> { received++; pending++; }
                    case UNCHANGED -> received++;
                }
            } catch (UserError e) {
                errors.add(new RowError(r.number(), column(e.field()), message(e.messageKey(), locale, e.args())));
            }
        }
        if (errors.isEmpty() && rows == 0) {
            errors.add(new RowError(2, "", message("credit.external.import.empty", locale)));
        }
        if (!errors.isEmpty()) {
            // All or nothing: the rows that were fine are not stored either.
            TransactionAspectSupport.currentTransactionStatus().setRollbackOnly();
            return failed(errors);
        }
        return new Result(rows, received, raised, duplicates, pending, List.of());
    }

    private static String cell(SheetRow r, Map<Column, Integer> index, Column c) {
        Integer i = index.get(c);
        return i == null ? "" : r.text(i).strip();
    }

    /** A date cell (a number of days in the workbook) or text as yyyy-MM-dd. */
    private static String date(SheetRow r, int column) {
        String text = r.text(column).strip();
        if (r.isNumber(column) && text.matches("\\d{1,6}(\\.\\d+)?")) {
            return EXCEL_EPOCH.plusDays(new BigDecimal(text).longValue()).toString();
        }
        return text;
    }

    private String column(String field) {
        for (Column c : Column.values()) {
            if (c.key.equals(field)) {
                return header(c);
            }
        }
        return "";
    }

    private static Result failed(List<RowError> errors) {
        return new Result(0, 0, 0, 0, 0, List.copyOf(errors));
    }

    private String message(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, key, locale);
    }
}
