package io.fairdraw.spreadsheet;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Bounds on the zip around a workbook: its entry count, read from the end-of-central-directory
 * record before {@link java.util.zip.ZipFile} reads the whole directory into memory, and the bytes
 * inflated from all its entries together, counted as they are read — a zip's declared sizes are
 * whatever its author wrote (issue 18: zip bombs).
 */
final class ZipGuard {

    private static final int EOCD = 0x06054b50;
    private static final int EOCD_SIZE = 22;
    /** A central-directory record is 46 bytes plus the name; part names are short. */
    private static final int MAX_RECORD = 46 + 1024;

    private final long max;
    private long inflated;

    ZipGuard(long maxInflatedBytes) {
        this.max = maxInflatedBytes;
    }

    /** Refuses a zip whose directory lists more than {@code maxEntries} entries, or none. */
    static void checkDirectory(Path file, int maxEntries) throws IOException {
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
            long size = ch.size();
            int tail = (int) Math.min(size, EOCD_SIZE + 0xFFFF);
            ByteBuffer b = ByteBuffer.allocate(tail).order(ByteOrder.LITTLE_ENDIAN);
            ch.read(b, size - tail);
            for (int at = tail - EOCD_SIZE; at >= 0; at--) {
                if (b.getInt(at) == EOCD) {
                    int entries = Short.toUnsignedInt(b.getShort(at + 10));
                    long directory = Integer.toUnsignedLong(b.getInt(at + 12));
                    if (entries == 0 && directory == 0) {
                        throw new SpreadsheetRefused("spreadsheet.empty_zip");
                    }
                    // 0xFFFF entries means a ZIP64 count: more than 65,535, over any sane bound.
                    if (entries > maxEntries || directory > (long) maxEntries * MAX_RECORD) {
                        throw new SpreadsheetRefused("spreadsheet.too_many_entries", maxEntries);
                    }
                    return;
                }
            }
            throw new SpreadsheetRefused("spreadsheet.not_xlsx");
        }
    }

    /** {@code in} counted against the bound shared by all entries of the workbook. */
    Counted count(InputStream in) {
        return new Counted(in);
    }

    long inflated() {
        return inflated;
    }

    final class Counted extends FilterInputStream {
        long count;

        Counted(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                add(1);
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
                add(n);
            }
            return n;
        }

        private void add(int n) {
            count += n;
            inflated += n;
            if (inflated > max) {
                throw new SpreadsheetRefused("spreadsheet.too_much_data", max / (1024 * 1024));
            }
        }
    }
}
