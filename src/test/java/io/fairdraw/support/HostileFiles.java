package io.fairdraw.support;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.List;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Hostile uploads for the import suites and {@code bench/hostile} (issue 18), generated while
 * streaming (no large files in git, none held in memory): each is a workbook or CSV whose header
 * row and first data row are valid, followed by the attack. Large ones are written once into the
 * given directory and reused. Plain JDK only, so the benchmark compiles it without the test class path.
 */
public final class HostileFiles {

    /** The attacks, with the file name they are uploaded under. */
    public enum Case {
        PAST_XFD("past-xfd.xlsx"),
        HUGE_CELL("huge-cell.xlsx"),
        SHARED_STRINGS_80M("shared-strings-80m.xlsx"),
        ZIP_BOMB("zip-bomb.xlsx"),
        ENTRIES_100K("entries-100k.xlsx"),
        DEEP_XML("deep-xml.xlsx"),
        DOCTYPE_XXE("doctype-xxe.xlsx"),
        ENTITY_EXPANSION("entity-expansion.xlsx"),
        BAD_ENCODING("bad-encoding.csv"),
        CSV_100MB_LINE("line-100mb.csv"),
        EXECUTABLE("program.xlsx"),
        EMPTY_ZIP("empty.xlsx");

        public final String fileName;

        Case(String fileName) {
            this.fileName = fileName;
        }
    }

    /** Inflated size of the zip bomb's sheet: past the default bound of 2 GB on inflated bytes. */
    public static final long BOMB_BYTES = 2_200L << 20;
    private static final int MB = 1 << 20;

    private HostileFiles() {
    }

    /**
     * The file of {@code c} in {@code dir} (written when missing) with the given header and first data
     * row, which differ between the registry and the inspector import; {@code tag} keeps them apart.
     */
    public static Path file(Case c, Path dir, String tag, List<String> header, List<String> row) {
        Path file = dir.resolve(tag + "-" + c.fileName);
        if (Files.exists(file)) {
            return file;
        }
        Path tmp = dir.resolve(file.getFileName() + ".tmp");
        try {
            Files.createDirectories(dir);
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(tmp), 1 << 16)) {
                write(c, out, header, row);
            }
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }

    private static void write(Case c, OutputStream out, List<String> header, List<String> row) throws IOException {
        String rows = row(1, header) + row(2, row);
        switch (c) {
            case PAST_XFD -> workbook(out, w -> w.text(rows + "<row r=\"3\"><c r=\"XFE3\" t=\"inlineStr\"><is><t>x</t></is></c></row>"), null);
            case HUGE_CELL -> workbook(out, w -> {
                // 200 MB in one cell, ~200 kB zipped (the file).
                w.text(rows + "<row r=\"3\"><c r=\"B3\" t=\"inlineStr\"><is><t>");
                w.repeat("A", 200L * MB);
                w.text("</t></is></c></row>");
            }, null);
            case SHARED_STRINGS_80M -> workbook(out, w -> w.text(rows), w -> {
                // 80 million empty shared strings, ~0.5 MB zipped (the file).
                w.text("<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" count=\"80000000\" "
                        + "uniqueCount=\"80000000\">");
                w.repeat("<si/>", 80_000_000L * 5);
                w.text("</sst>");
            });
            case ZIP_BOMB -> zipWorkbook(out, w -> {
                // A sheet that inflates to more than 2 GB (from ~10 MB: the fastest compression level
                // writes it in seconds): blanks between the rows, as valid as XML gets.
                w.text(SHEET_START + rows);
                w.repeat(" ", BOMB_BYTES);
                w.text(SHEET_END);
            }, null, 0, Deflater.BEST_SPEED);
            case ENTRIES_100K -> workbook(out, w -> w.text(rows), null, 100_000);
            case DEEP_XML -> workbook(out, w -> {
                w.text(rows + "<row r=\"3\"><c r=\"A3\" t=\"inlineStr\"><is>");
                w.repeat("<r>", 3L * 1_000_000);
            }, null);
            case DOCTYPE_XXE -> workbook(out, w -> w.text(rows), w -> w.text("<?xml version=\"1.0\"?>"
                    + "<!DOCTYPE sst [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>"
                    + "<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><si><t>&xxe;</t></si></sst>"));
            case ENTITY_EXPANSION -> {
                StringBuilder dtd = new StringBuilder("<?xml version=\"1.0\"?><!DOCTYPE worksheet [<!ENTITY a0 \"lol\">");
                for (int i = 1; i <= 9; i++) {
                    dtd.append("<!ENTITY a").append(i).append(" \"").append(("&a" + (i - 1) + ";").repeat(10)).append("\">");
                }
                dtd.append("]>");
                zipWorkbook(out, w -> w.text(dtd + SHEET_START + rows
                        + "<row r=\"3\"><c r=\"B3\" t=\"inlineStr\"><is><t>&a9;</t></is></c></row>" + SHEET_END), null, 0);
            }
            case BAD_ENCODING -> {
                out.write((String.join(",", header) + "\r\n" + String.join(",", row) + "\r\n").getBytes(StandardCharsets.UTF_8));
                // 0xFF starts no character in UTF-8 nor in GB18030.
                out.write(new byte[] {'x', (byte) 0xFF, (byte) 0xFF, ',', (byte) 0x80, '\r', '\n'});
            }
            case CSV_100MB_LINE -> {
                out.write((String.join(",", header) + "\r\n" + String.join(",", row) + "\r\n").getBytes(StandardCharsets.UTF_8));
                byte[] block = new byte[MB];
                Arrays.fill(block, (byte) 'a');
                for (int i = 0; i < 100; i++) {
                    out.write(block);
                }
                out.write("\r\n".getBytes(StandardCharsets.UTF_8));
            }
            case EXECUTABLE -> Files.copy(Path.of(System.getProperty("java.home"), "bin", "java"), out);
            case EMPTY_ZIP -> new ZipOutputStream(out).finish();
            default -> throw new IllegalArgumentException(c.toString());
        }
    }

    /** Writes part content while it is being deflated. */
    public interface Part {
        void write(PartWriter w) throws IOException;
    }

    public static final class PartWriter {
        private final OutputStream out;

        PartWriter(OutputStream out) {
            this.out = out;
        }

        public void text(String s) throws IOException {
            out.write(s.getBytes(StandardCharsets.UTF_8));
        }

        /** {@code unit} repeated to {@code bytes} bytes (rounded down to whole units). */
        public void repeat(String unit, long bytes) throws IOException {
            byte[] u = unit.getBytes(StandardCharsets.UTF_8);
            int per = Math.max(1, MB / u.length);
            byte[] block = new byte[per * u.length];
            for (int i = 0; i < per; i++) {
                System.arraycopy(u, 0, block, i * u.length, u.length);
            }
            long left = bytes / u.length * u.length;
            while (left > 0) {
                int n = (int) Math.min(block.length, left);
                out.write(block, 0, n);
                left -= n;
            }
        }
    }

    static final String SHEET_START = "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>";
    static final String SHEET_END = "</sheetData></worksheet>";

    /** A minimal workbook as Excel structures it; {@code strings} null: no shared-string table. */
    public static void workbook(OutputStream out, Part sheetData, Part strings) throws IOException {
        workbook(out, sheetData, strings, 0);
    }

    public static void workbook(OutputStream out, Part sheetData, Part strings, int extraEntries) throws IOException {
        zipWorkbook(out, w -> {
            w.text(SHEET_START);
            sheetData.write(w);
            w.text(SHEET_END);
        }, strings, extraEntries);
    }

    /** The zip of a workbook whose whole sheet part {@code sheet} writes. */
    static void zipWorkbook(OutputStream out, Part sheet, Part strings, int extraEntries) throws IOException {
        zipWorkbook(out, sheet, strings, extraEntries, Deflater.BEST_COMPRESSION);
    }

    static void zipWorkbook(OutputStream out, Part sheet, Part strings, int extraEntries, int level) throws IOException {
        ZipOutputStream zip = new ZipOutputStream(out);
        zip.setLevel(level);
        entry(zip, "[Content_Types].xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
                + "<Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"
                + "<Override PartName=\"/xl/sharedStrings.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml\"/></Types>");
        entry(zip, "_rels/.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>");
        entry(zip, "xl/workbook.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
                + "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><sheets><sheet name=\"Sheet1\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>");
        entry(zip, "xl/_rels/workbook.xml.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet1.xml\"/>"
                + (strings == null ? "" : "<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings\" Target=\"sharedStrings.xml\"/>")
                + "</Relationships>");
        if (strings != null) {
            zip.putNextEntry(new ZipEntry("xl/sharedStrings.xml"));
            strings.write(new PartWriter(zip));
            zip.closeEntry();
        }
        zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
        sheet.write(new PartWriter(zip));
        zip.closeEntry();
        CRC32 empty = new CRC32();
        for (int i = 0; i < extraEntries; i++) {
            ZipEntry e = new ZipEntry("xl/media/p" + i + ".bin");
            e.setMethod(ZipEntry.STORED);
            e.setSize(0);
            e.setCrc(empty.getValue());
            zip.putNextEntry(e);
            zip.closeEntry();
        }
        zip.finish();
    }

    private static void entry(ZipOutputStream zip, String name, String content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }

    /** A row of inline strings (1-based row number). */
    public static String row(int number, List<String> cells) {
        StringBuilder sb = new StringBuilder("<row r=\"").append(number).append("\">");
        for (int i = 0; i < cells.size(); i++) {
            if (!cells.get(i).isEmpty()) {
                sb.append("<c r=\"").append(column(i)).append(number).append("\" t=\"inlineStr\"><is><t>")
                        .append(cells.get(i).replace("&", "&amp;").replace("<", "&lt;")).append("</t></is></c>");
            }
        }
        return sb.append("</row>").toString();
    }

    private static String column(int i) {
        StringBuilder sb = new StringBuilder();
        for (int c = i + 1; c > 0; c = (c - 1) / 26) {
            sb.append((char) ('A' + (c - 1) % 26));
        }
        return sb.reverse().toString();
    }
}
