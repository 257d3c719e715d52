package io.fairdraw.registry.domain;

import io.fairdraw.spreadsheet.SheetRow;
import io.fairdraw.spreadsheet.XlsxLimits;
import java.io.BufferedInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * RFC 4180 CSV (comma, double quotes, {@code ""} escapes, line breaks inside quotes). Encoding:
 * UTF-8 when there is a BOM or the whole file is valid UTF-8, otherwise GB18030 — what Excel on
 * Chinese Windows writes for 「CSV (逗号分隔)」.
 */
final class CsvRowSource implements RowSource {

    static final Charset GB18030 = Charset.forName("GB18030");
    /** A record longer than this is not a spreadsheet row: refuse instead of filling the heap. */
    private static final int MAX_RECORD_CHARS = 1 << 20;

    private final InputStream raw;
    private final Reader in;
    private final long size;
    private final CountingStream counted;
    private final Charset charset;
    private final StringBuilder field = new StringBuilder(64);
    private int recordNumber;
    private int pushedBack = -2;

    private CsvRowSource(Path file, Charset charset, boolean bom) throws IOException {
        this.size = Math.max(1, Files.size(file));
        this.charset = charset;
        this.counted = new CountingStream(Files.newInputStream(file));
        this.raw = new BufferedInputStream(counted, 1 << 16);
        if (bom) {
            raw.skipNBytes(3);
        }
        this.in = new java.io.BufferedReader(new InputStreamReader(raw, charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE).onUnmappableCharacter(CodingErrorAction.REPLACE)), 1 << 16);
    }

    static CsvRowSource open(Path file) {
        try {
            boolean bom = hasUtf8Bom(file);
            Charset cs = bom || isValid(file, StandardCharsets.UTF_8) ? StandardCharsets.UTF_8 : GB18030;
            // Neither encoding: guessing would import mojibake (issue 18); GB18030 stays the fallback.
            if (cs == GB18030 && !isValid(file, GB18030)) {
                throw new BadFileException("registry.import.bad_encoding");
            }
            return new CsvRowSource(file, cs, bom);
        } catch (IOException e) {
            throw new BadFileException("registry.import.bad_file");
        }
    }

    Charset charset() {
        return charset;
    }

    @Override
    public boolean next(SourceRow row) {
        try {
            int c = read();
            if (c < 0) {
                return false;
            }
            unread(c);
            if (recordNumber >= XlsxLimits.EXCEL_ROWS) {
                throw new BadFileException("spreadsheet.too_many_rows", XlsxLimits.EXCEL_ROWS);
            }
            row.reset(++recordNumber);
            readRecord(row);
            return true;
        } catch (IOException e) {
            throw new BadFileException("registry.import.bad_content", recordNumber);
        }
    }

    private void readRecord(SourceRow row) throws IOException {
        int column = 0;
        int length = 0;
        field.setLength(0);
        boolean quoted = false;
        boolean fieldStart = true;
        while (true) {
            int c = read();
            if (++length > MAX_RECORD_CHARS) {
                throw new BadFileException("registry.import.row_too_long", recordNumber);
            }
            if (quoted) {
                if (c < 0) {
                    setCell(row, column); // unterminated quote: keep what we have
                    return;
                }
                if (c == '"') {
                    int d = read();
                    if (d == '"') {
                        field.append('"');
                    } else {
                        quoted = false;
                        unread(d);
                    }
                } else {
                    field.append((char) c);
                }
                continue;
            }
            if (c == '"' && fieldStart) {
                quoted = true;
                fieldStart = false;
            } else if (c == ',') {
                setCell(row, column++);
                field.setLength(0);
                fieldStart = true;
            } else if (c == '\n' || c == '\r' || c < 0) {
                if (c == '\r') {
                    int d = read();
                    if (d != '\n') {
                        unread(d);
                    }
                }
                setCell(row, column);
                return;
            } else {
                field.append((char) c);
                fieldStart = false;
            }
        }
    }

    /** The field as cell {@code column}, within the bounds a workbook has (issue 18: the same limits as .xlsx). */
    private void setCell(SourceRow row, int column) {
        if (column >= XlsxLimits.EXCEL_COLUMNS) {
            throw new BadFileException("spreadsheet.too_many_columns", recordNumber, XlsxLimits.EXCEL_COLUMNS);
        }
        if (field.length() > XlsxLimits.EXCEL_CELL_CHARS) {
            throw new BadFileException("spreadsheet.cell_too_long", recordNumber, SheetRow.columnName(column),
                    XlsxLimits.EXCEL_CELL_CHARS);
        }
        row.set(column, field.toString());
    }

    private int read() throws IOException {
        if (pushedBack != -2) {
            int c = pushedBack;
            pushedBack = -2;
            return c;
        }
        return in.read();
    }

    private void unread(int c) {
        pushedBack = c;
    }

    @Override
    public double progress() {
        return Math.min(1.0, (double) counted.count / size);
    }

    @Override
    public void close() throws IOException {
        in.close();
    }

    private static boolean hasUtf8Bom(Path file) throws IOException {
        try (InputStream s = Files.newInputStream(file)) {
            byte[] b = s.readNBytes(3);
            return b.length == 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF;
        }
    }

    /** True when every byte sequence of the file is valid UTF-8 (pure ASCII counts as UTF-8). */
    static boolean isUtf8(Path file) throws IOException {
        return isValid(file, StandardCharsets.UTF_8);
    }

    /** True when the whole file decodes in {@code charset} without a malformed or unmappable sequence. */
    static boolean isValid(Path file, Charset charset) throws IOException {
        CharsetDecoder dec = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer bytes = ByteBuffer.allocate(1 << 16);
        CharBuffer chars = CharBuffer.allocate(1 << 16);
        try (var ch = Files.newByteChannel(file)) {
            while (true) {
                int n = ch.read(bytes);
                bytes.flip();
                CoderResult r = dec.decode(bytes, chars, n < 0);
                if (r.isError()) {
                    return false;
                }
                chars.clear();
                bytes.compact();
                if (n < 0) {
                    return !dec.flush(chars).isError() && bytes.position() == 0;
                }
            }
        }
    }

    /** Counts the bytes read so far, for the progress bar. */
    static final class CountingStream extends FilterInputStream {
        long count;

        CountingStream(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count++;
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
                count += n;
            }
            return n;
        }
    }
}
