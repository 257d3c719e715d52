package io.fairdraw.registry.domain;

import io.fairdraw.spreadsheet.SpreadsheetRefused;
import io.fairdraw.spreadsheet.XlsxLimits;
import io.fairdraw.spreadsheet.XlsxReader;
import java.io.IOException;
import java.nio.file.Path;

/**
 * The first worksheet of an .xlsx file, read by the bounded reader both imports share
 * ({@link XlsxReader}, issue 18); a refusal becomes this import's {@link BadFileException} with
 * the reader's message, which names the limit.
 */
final class XlsxRowSource implements RowSource {

    private final XlsxReader reader;

    private XlsxRowSource(XlsxReader reader) {
        this.reader = reader;
    }

    /** Opens the workbook or throws {@link BadFileException} when it is not a readable .xlsx within the limits. */
    static XlsxRowSource open(Path file, XlsxLimits limits) {
        try {
            return new XlsxRowSource(XlsxReader.open(file, limits));
        } catch (SpreadsheetRefused e) {
            throw refused(e);
        }
    }

    @Override
    public boolean next(SourceRow row) {
        try {
            return reader.next(row);
        } catch (SpreadsheetRefused e) {
            throw refused(e);
        }
    }

    /** Not a workbook, or damaged: this import's own messages (and API codes) as before; a limit: the reader's. */
    private static BadFileException refused(SpreadsheetRefused e) {
        return switch (e.messageKey()) {
            case "spreadsheet.not_xlsx" -> new BadFileException("registry.import.bad_file");
            case "spreadsheet.damaged" -> new BadFileException("registry.import.bad_content", e.args());
            default -> new BadFileException(e.messageKey(), e.args());
        };
    }

    @Override
    public double progress() {
        return reader.progress();
    }

    @Override
    public void close() throws IOException {
        reader.close();
    }
}
