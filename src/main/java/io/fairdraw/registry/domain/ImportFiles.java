package io.fairdraw.registry.domain;

import io.fairdraw.spreadsheet.XlsxLimits;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/** Decides how to read an upload, by name and by content: only .xlsx and .csv are accepted. */
final class ImportFiles {

    private static final int SNIFF = 8192;

    private ImportFiles() {
    }

    /** Opens the file and reads its header row; the returned source is positioned after it. */
    static RowSource open(Path file, String fileName, SourceRow header, XlsxLimits limits) {
        long size;
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            size = Files.size(file);
            head = in.readNBytes(SNIFF);
        } catch (IOException e) {
            throw new BadFileException("registry.import.bad_file");
        }
        if (size == 0) {
            throw new BadFileException("registry.import.empty");
        }
        String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT).strip();
        boolean zip = head.length >= 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4;
        RowSource source;
        if (name.endsWith(".xlsx")) {
            if (!zip) {
                throw new BadFileException("registry.import.bad_file");
            }
            source = XlsxRowSource.open(file, limits);
        } else if (name.endsWith(".csv")) {
            if (zip || looksBinary(head)) {
                throw new BadFileException("registry.import.bad_file");
            }
            source = CsvRowSource.open(file);
        } else {
            throw new BadFileException("registry.import.bad_file");
        }
        boolean ok = false;
        try {
            if (!source.next(header) || header.isBlank()) {
                throw new BadFileException("registry.import.empty");
            }
            ok = true;
            return source;
        } finally {
            if (!ok) {
                try {
                    source.close();
                } catch (IOException ignored) {
                    // refusing the file anyway
                }
            }
        }
    }

    /** Text never contains NUL or most other C0 controls; binary files (PDF, images, random bytes) do. */
    static boolean looksBinary(byte[] head) {
        int controls = 0;
        for (byte b : head) {
            if (b == 0) {
                return true;
            }
            if (b > 0 && b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != 0x0C) {
                controls++;
            }
        }
        return controls > head.length / 100;
    }
}
