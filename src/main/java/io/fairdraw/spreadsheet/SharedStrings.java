package io.fairdraw.spreadsheet;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.MappedByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;

/**
 * An .xlsx shared-string table kept off the heap: the strings as UTF-8 in a memory-mapped
 * temporary file, only their offsets ({@code int}, 4 bytes per string) on the heap. Bounded
 * (issue 18): at most {@link XlsxLimits#maxSharedStrings()} strings, each at most
 * {@link XlsxLimits#maxCellChars()} characters; the temporary file is deleted on every failure.
 */
final class SharedStrings implements AutoCloseable {

    private final Path file;
    private final MappedByteBuffer data;
    /**
     * Offset of string i at {@code offsets[i >>> PAGE_BITS][i & PAGE_MASK]}; string i is from its
     * offset to the next one's. In pages, not one array grown by doubling: 10 million strings are
     * 40 MB of offsets, and copying them to grow would need half as much again.
     */
    private final int[][] offsets;
    private static final int PAGE_BITS = 16;
    private static final int PAGE_MASK = (1 << PAGE_BITS) - 1;
    private final int count;
    private static final int CACHED = 1 << 10;
    private final String[] cached = new String[CACHED];
    /** Index + 1 of the string in each cache slot (0: empty). */
    private final int[] cachedIndex = new int[CACHED];

    private SharedStrings(Path file, MappedByteBuffer data, int[][] offsets, int count) {
        this.file = file;
        this.data = data;
        this.offsets = offsets;
        this.count = count;
    }

    static SharedStrings empty() {
        return new SharedStrings(null, null, new int[][] {new int[1]}, 0);
    }

    static SharedStrings read(InputStream in, XlsxLimits limits) throws IOException {
        Path file = Files.createTempFile("fd-sst-", ".bin");
        try {
            int[][] offsets = new int[64][];
            offsets[0] = new int[1 << PAGE_BITS];
            int count = 0;
            long pos = 0;
            try (in; OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
                XmlTokens r = new XmlTokens(in, limits.maxCellChars() * 3, limits.maxDepth());
                int phonetic = 0;
                boolean inItem = false;
                int event;
                while ((event = r.next()) != XmlTokens.EOF) {
                    if (event == XmlTokens.START) {
                        if (r.is("si")) {
                            inItem = true;
                            phonetic = 0;
                            r.clearText();
                        } else if (r.is("rPh")) {
                            phonetic++;
                        } else if (r.is("t") && inItem && phonetic == 0) {
                            try {
                                r.readText(); // runs of rich text append to each other
                            } catch (XmlTokens.TextTooLong e) {
                                throw new SpreadsheetRefused("spreadsheet.string_too_long", count + 1,
                                        limits.maxCellChars());
                            }
                        }
                    } else if (event == XmlTokens.END && r.is("rPh")) {
                        phonetic--;
                    } else if (r.is("si") && (event == XmlTokens.END || !inItem)) {
                        // </si>, or an empty <si/>: one string, as UTF-8 already
                        int length = inItem ? r.textLength() : 0;
                        if (count >= limits.maxSharedStrings()) {
                            throw new SpreadsheetRefused("spreadsheet.too_many_strings", limits.maxSharedStrings());
                        }
                        if (length > limits.maxCellChars() && Utf8.chars(r.textBytes(), length) > limits.maxCellChars()) {
                            throw new SpreadsheetRefused("spreadsheet.string_too_long", count + 1, limits.maxCellChars());
                        }
                        out.write(r.textBytes(), 0, length);
                        pos += length;
                        if (pos > Integer.MAX_VALUE) {
                            throw new SpreadsheetRefused("spreadsheet.too_much_data", limits.maxInflatedBytes() / (1024 * 1024));
                        }
                        int at = ++count;
                        int page = at >>> PAGE_BITS;
                        if (page >= offsets.length) {
                            offsets = Arrays.copyOf(offsets, offsets.length * 2);
                        }
                        if (offsets[page] == null) {
                            offsets[page] = new int[1 << PAGE_BITS];
                        }
                        offsets[page][at & PAGE_MASK] = (int) pos;
                        inItem = false;
                    }
                }
            }
            MappedByteBuffer map = null;
            if (pos > 0) {
                try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
                    map = ch.map(FileChannel.MapMode.READ_ONLY, 0, pos);
                }
            }
            return new SharedStrings(file, map, offsets, count);
        } catch (Throwable e) {
            Files.deleteIfExists(file); // issue 18: temporary files go on every failure, an Error included
            throw e;
        }
    }

    String get(int index) {
        if (index < 0 || index >= count) {
            throw new IndexOutOfBoundsException("shared string " + index + " of " + count);
        }
        // Type, field, unit and status repeat on every row: reuse their strings.
        int slot = index & (CACHED - 1);
        if (cachedIndex[slot] == index + 1) {
            return cached[slot];
        }
        int start = offsets[index >>> PAGE_BITS][index & PAGE_MASK];
        int length = offsets[(index + 1) >>> PAGE_BITS][(index + 1) & PAGE_MASK] - start;
        String s;
        if (length == 0) {
            s = "";
        } else {
            byte[] bytes = new byte[length];
            if (length <= 256) {
                // Byte by byte is intrinsic; in Java 17 a bulk get from a mapped buffer is a native call, dearer for short strings.
                for (int i = 0; i < length; i++) {
                    bytes[i] = data.get(start + i);
                }
            } else {
                data.get(start, bytes);
            }
            s = new String(bytes, StandardCharsets.UTF_8);
        }
        cachedIndex[slot] = index + 1;
        cached[slot] = s;
        return s;
    }

    int size() {
        return count;
    }

    @Override
    public void close() throws IOException {
        if (file != null) {
            // The mapping is released with the buffer; on Linux the file can be unlinked now.
            Files.deleteIfExists(file);
        }
    }
}
