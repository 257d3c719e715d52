package io.fairdraw.spreadsheet;

import io.fairdraw.shared.UserError;

/**
 * The upload cannot be read as a workbook, or exceeds one of {@link XlsxLimits}: the whole import
 * is refused and nothing is stored. The message key names the limit; its arguments say where.
 */
public class SpreadsheetRefused extends UserError {

    public SpreadsheetRefused(String messageKey, Object... args) {
        super("file", messageKey, args);
    }

    @Override
    public synchronized Throwable fillInStackTrace() {
        return this; // a refusal of a user's file, not a fault: no stack trace to collect or log
    }
}
