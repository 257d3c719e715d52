package io.fairdraw.spreadsheet;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Streams the first worksheet of an .xlsx file, bounded by {@link XlsxLimits} (issue 18). Every
 * XML part is read with {@link XmlTokens}; the shared-string table goes to a memory-mapped
 * temporary file ({@link SharedStrings}), not the heap: at 1,000,000 rows it holds millions of
 * strings, and the import must run in a 512 MB heap. Formula cells give their cached value as
 * text; nothing is evaluated. Anything that goes wrong, down to an {@link Error}, becomes a
 * {@link SpreadsheetRefused} and the reader's files are released. Not thread-safe.
 */
public final class XlsxReader implements Closeable {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(XlsxReader.class);

    private final ZipFile zip;
    private final SharedStrings strings;
    private final SheetCells cells;
    private final InputStream sheetXml;
    private final ZipGuard.Counted sheetBytes;
    private final long sheetSize;

    private XlsxReader(ZipFile zip, SharedStrings strings, InputStream sheetXml, long sheetSize, XlsxLimits limits) {
        this.zip = zip;
        this.strings = strings;
        this.sheetSize = Math.max(1, sheetSize);
        this.sheetXml = sheetXml;
        this.sheetBytes = sheetXml instanceof ZipGuard.Counted c ? c : null;
        this.cells = new SheetCells(new XmlTokens(sheetXml, limits.maxCellChars() * 3, limits.maxDepth()), strings,
                limits);
    }

    /** Rows of a worksheet's XML with the given shared strings (tests: no zip around them). */
    static XlsxReader reading(SharedStrings strings, InputStream sheetXml, XlsxLimits limits) {
        return new XlsxReader(null, strings, sheetXml, 1, limits);
    }

    /** Opens the workbook, reading its shared strings, or refuses it. */
    public static XlsxReader open(Path file, XlsxLimits limits) {
        ZipFile zip = null;
        SharedStrings sst = null;
        try {
            ZipGuard.checkDirectory(file, limits.maxEntries());
            zip = new ZipFile(file.toFile());
            if (zip.size() > limits.maxEntries()) {
                throw new SpreadsheetRefused("spreadsheet.too_many_entries", limits.maxEntries());
            }
            ZipGuard guard = new ZipGuard(limits.maxInflatedBytes());
            WorkbookParts parts = WorkbookParts.locate(zip, guard, limits);
            ZipEntry sstEntry = parts.sharedStrings() == null ? null : zip.getEntry(parts.sharedStrings());
            sst = sstEntry == null ? SharedStrings.empty()
                    : SharedStrings.read(guard.count(zip.getInputStream(sstEntry)), limits);
            ZipEntry sheet = zip.getEntry(parts.sheet());
            return new XlsxReader(zip, sst, guard.count(zip.getInputStream(sheet)), sheet.getSize(), limits);
        } catch (Throwable e) {
            closeQuietly(sst);
            closeQuietly(zip);
            throw refusal(e, "spreadsheet.not_xlsx");
        }
    }

    /** Reads the next row into {@code sink}; false at the end of the sheet. */
    public boolean next(RowSink sink) {
        try {
            return cells.next(sink);
        } catch (Throwable e) {
            throw refusal(e, "spreadsheet.damaged", cells.rowNumber());
        }
    }

    /** Share of the sheet read so far, 0..1, for a progress bar (by the size the zip declares: only an estimate). */
    public double progress() {
        return sheetBytes == null ? 0 : Math.min(1.0, (double) sheetBytes.count / sheetSize);
    }

    @Override
    public void close() throws IOException {
        closeQuietly(sheetXml);
        closeQuietly(strings);
        if (zip != null) {
            zip.close();
        }
    }

    /**
     * A refusal as it is; anything else as {@code key}: a damaged file (a runtime exception of the
     * parser) or one the server cannot hold ({@link OutOfMemoryError}, {@link StackOverflowError}),
     * which the limits should never let happen, and which must not leave an import hanging.
     */
    static SpreadsheetRefused refusal(Throwable e, String key, Object... args) {
        if (e instanceof SpreadsheetRefused r) {
            return r;
        }
        if (e instanceof Error && !(e instanceof VirtualMachineError)) {
            throw (Error) e; // e.g. a linkage error: a bug, not the file
        }
        if (e instanceof VirtualMachineError) {
            // Logged: a limit that should have held did not (the hostile-file suite looks for this).
            LOG.error("Refused a workbook the reader could not hold", e);
            return new SpreadsheetRefused("spreadsheet.unreadable");
        }
        return new SpreadsheetRefused(key, args);
    }

    private static void closeQuietly(AutoCloseable c) {
        if (c != null) {
            try {
                c.close();
            } catch (Exception ignored) {
                // best effort while failing
            }
        }
    }
}
