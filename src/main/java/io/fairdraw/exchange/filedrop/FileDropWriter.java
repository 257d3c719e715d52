package io.fairdraw.exchange.filedrop;

import io.fairdraw.shared.Csv;
import io.fairdraw.shared.XlsxTable;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * Writes one day's drop: {@code <prefix>-<yyyy-MM-dd>.xlsx} and {@code .csv} in one pass over the
 * rows. Each file is written to a hidden temporary file in the same directory, forced to disk, then
 * moved over the day's file in one rename: a receiver never sees half a file, and a re-run replaces
 * the day's files instead of adding rows (idempotent). No Spring, no database: unit-tested alone.
 */
final class FileDropWriter {

    /** The files written (in the order of the configured formats) and the number of data rows in each. */
    record Written(List<Path> files, int rows) {
    }

    private FileDropWriter() {
    }

    static String fileName(String prefix, LocalDate day, FileFormat format) {
        return prefix + "-" + day + "." + format.extension();
    }

    static Written write(Path directory, String prefix, LocalDate day, List<FileFormat> formats, ColumnMapping mapping,
                         String sheetName, FileDropLabels labels, FileDropSource source) throws IOException {
        Files.createDirectories(directory);
        Map<FileFormat, Path> temps = new EnumMap<>(FileFormat.class);
        List<FileFormat> distinct = new ArrayList<>(new LinkedHashSet<>(formats));
        OutputStream xlsxOut = null;
        XlsxTable xlsx = null;
        Writer csv = null;
        try {
            for (FileFormat f : distinct) {
                temps.put(f, Files.createTempFile(directory, "." + fileName(prefix, day, f) + ".", ".tmp"));
            }
            List<String> headers = mapping.headers();
            if (temps.containsKey(FileFormat.XLSX)) {
                xlsxOut = new BufferedOutputStream(Files.newOutputStream(temps.get(FileFormat.XLSX)), 1 << 16);
                xlsx = new XlsxTable(xlsxOut, sheetName, headers);
            }
            if (temps.containsKey(FileFormat.CSV)) {
                csv = Files.newBufferedWriter(temps.get(FileFormat.CSV), StandardCharsets.UTF_8);
                // The byte order mark makes Excel read the file as UTF-8 (Chinese headers and names).
                csv.write('\uFEFF');
                csv.write(Csv.line(headers));
            }
            int rows = copy(day, mapping, labels, source, xlsx, csv);
            if (xlsx != null) {
                xlsx.close();
                xlsxOut.close();
                xlsx = null;
            }
            if (csv != null) {
                csv.close();
                csv = null;
            }
            List<Path> files = new ArrayList<>();
            for (FileFormat f : distinct) {
                files.add(replace(temps.get(f), directory.resolve(fileName(prefix, day, f))));
            }
            return new Written(files, rows);
        } finally {
            closeQuietly(xlsx, xlsxOut, csv);
            for (Path t : temps.values()) {
                Files.deleteIfExists(t);
            }
        }
    }

    private static int copy(LocalDate day, ColumnMapping mapping, FileDropLabels labels, FileDropSource source,
                            XlsxTable xlsx, Writer csv) throws IOException {
        int[] rows = {0};
        try {
            source.rows(day, r -> {
                List<String> cells = mapping.cells(r, labels);
                if (xlsx != null) {
                    xlsx.add(cells);
                }
                if (csv != null) {
                    try {
                        csv.write(Csv.line(cells));
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }
                rows[0]++;
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        return rows[0];
    }

    /**
     * Forces the finished temporary file to disk, then renames it over the day's file. A temporary file is
     * created readable by its owner only; the drop is for a receiver that may run as another user: rw-r--r--.
     */
    private static Path replace(Path temp, Path target) throws IOException {
        if (Files.getFileStore(temp).supportsFileAttributeView(java.nio.file.attribute.PosixFileAttributeView.class)) {
            Files.setPosixFilePermissions(temp, java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--"));
        }
        try (FileChannel ch = FileChannel.open(temp, StandardOpenOption.WRITE)) {
            ch.force(true);
        }
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
        return target;
    }

    private static void closeQuietly(AutoCloseable... all) {
        for (AutoCloseable c : all) {
            if (c != null) {
                try {
                    c.close();
                } catch (Exception ignored) {
                    // already failing: the temporary files are deleted next
                }
            }
        }
    }
}
