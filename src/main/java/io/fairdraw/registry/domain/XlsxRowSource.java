package io.fairdraw.registry.domain;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Streams the first worksheet of an .xlsx file. The worksheet and the shared-string table, nearly
 * all of the file, are read with {@link XmlTokens}; the small parts that locate them with StAX.
 * The shared-string table goes to a memory-mapped temporary file ({@link SharedStrings}), not the
 * heap: at 1,000,000 rows it holds millions of strings (~230 MB as Java objects), and the import
 * must run in a 512 MB heap.
 */
final class XlsxRowSource implements RowSource {

    private static final String REL_OFFICE_DOCUMENT = "/officeDocument";
    private static final String REL_SHARED_STRINGS = "/sharedStrings";
    private static final XMLInputFactory XML = xmlFactory();

    private final ZipFile zip;
    private final SharedStrings strings;
    private final CountingStream sheetBytes;
    private final long sheetSize;
    private final XmlTokens sheet;
    private int nextRowNumber = 1;
    private final StringBuilder inline = new StringBuilder(64);

    private XlsxRowSource(ZipFile zip, SharedStrings strings, InputStream sheetXml, long sheetSize) {
        this.zip = zip;
        this.strings = strings;
        this.sheetSize = Math.max(1, sheetSize);
        this.sheetBytes = new CountingStream(sheetXml);
        this.sheet = new XmlTokens(sheetBytes);
    }

    /** Rows of a worksheet's XML with the given shared strings (tests: no zip around them). */
    static XlsxRowSource reading(SharedStrings strings, InputStream sheetXml, long sheetSize) {
        return new XlsxRowSource(null, strings, sheetXml, sheetSize);
    }

    /** Opens the workbook or throws {@link BadFileException} when it is not a readable .xlsx. */
    static XlsxRowSource open(Path file) {
        ZipFile zip = null;
        SharedStrings sst = null;
        try {
            zip = new ZipFile(file.toFile());
            String workbook = target(zip, "_rels/.rels", "", REL_OFFICE_DOCUMENT, null);
            if (workbook == null || zip.getEntry(workbook) == null) {
                throw new BadFileException("registry.import.bad_file");
            }
            String dir = workbook.contains("/") ? workbook.substring(0, workbook.lastIndexOf('/') + 1) : "";
            String rels = dir + "_rels/" + workbook.substring(dir.length()) + ".rels";
            String sheetId = firstSheetRelationId(zip, workbook);
            String sheetPath = target(zip, rels, dir, null, sheetId);
            ZipEntry sheetEntry = sheetPath == null ? null : zip.getEntry(sheetPath);
            if (sheetEntry == null) {
                throw new BadFileException("registry.import.bad_file");
            }
            String sstPath = target(zip, rels, dir, REL_SHARED_STRINGS, null);
            ZipEntry sstEntry = sstPath == null ? null : zip.getEntry(sstPath);
            sst = sstEntry == null ? SharedStrings.empty() : SharedStrings.read(zip.getInputStream(sstEntry));
            return new XlsxRowSource(zip, sst, zip.getInputStream(sheetEntry), sheetEntry.getSize());
        } catch (IOException | XMLStreamException | RuntimeException e) {
            closeQuietly(sst);
            closeQuietly(zip);
            if (e instanceof BadFileException b) {
                throw b;
            }
            throw new BadFileException("registry.import.bad_file");
        }
    }

    @Override
    public boolean next(SourceRow row) {
        try {
            int event;
            while ((event = sheet.next()) != XmlTokens.EOF) {
                if (event != XmlTokens.END && sheet.is("row")) {
                    String r = sheet.attribute("r");
                    int number = r == null ? nextRowNumber : Integer.parseInt(r.strip());
                    row.reset(number);
                    nextRowNumber = number + 1;
                    if (event == XmlTokens.START) {
                        readCells(row);
                    }
                    return true;
                }
            }
            return false;
        } catch (RuntimeException e) {
            throw new BadFileException("registry.import.bad_content", nextRowNumber);
        }
    }

    private void readCells(SourceRow row) {
        int column = 0;
        int event;
        while ((event = sheet.nextInside("row")) > XmlTokens.EOF) {
            if (event != XmlTokens.END && sheet.is("c")) {
                int ref = sheet.column("r");
                if (ref >= 0) {
                    column = ref;
                }
                // Read the type before the next token: the tag's attributes are gone after it.
                int type = TYPES[sheet.attributeChoice("t", "s", "n", "inlineStr") + 1];
                String value = event == XmlTokens.START ? readCell(type) : null;
                if (value != null) {
                    row.set(column, value);
                }
                column++;
            }
        }
        if (event == XmlTokens.EOF) {
            throw new XmlTokens.Malformed();
        }
    }

    private static final int NUMBER = 0;
    private static final int SHARED = 1;
    private static final int INLINE = 2;
    private static final int OTHER = 3;
    /** By {@code attributeChoice("t", "s", "n", "inlineStr") + 1}: absent, s, n, inlineStr, other. */
    private static final int[] TYPES = {NUMBER, SHARED, NUMBER, INLINE, OTHER};

    /** Reads up to the end of {@code <c>}: the value of {@code <v>}, or the text of {@code <is>}. */
    private String readCell(int type) {
        String raw = null;
        int index = -1;
        boolean inlineText = false;
        inline.setLength(0);
        int event;
        while ((event = sheet.nextInside("c")) > XmlTokens.EOF) {
            if (event == XmlTokens.END) {
                continue;
            }
            if (sheet.is("v")) {
                sheet.clearText();
                if (event == XmlTokens.START) {
                    sheet.readText();
                }
                if (type == SHARED) {
                    index = sheet.textAsIndex();
                    if (index < 0) {
                        throw new XmlTokens.Malformed();
                    }
                    raw = "";
                } else {
                    raw = sheet.text();
                }
            } else if (sheet.is("t")) {
                inlineText = true;
                if (event == XmlTokens.START) {
                    sheet.clearText();
                    sheet.readText();
                    inline.append(sheet.text());
                }
            } else if (sheet.is("rPh") && event == XmlTokens.START) {
                sheet.skipElement(); // phonetic guide, not cell text
            }
        }
        if (inlineText || type == INLINE) {
            return inline.toString();
        }
        if (raw == null) {
            return null;
        }
        if (type == SHARED) {
            return strings.get(index);
        }
        if (type == NUMBER) {
            return plainNumber(raw);
        }
        return raw; // str (formula result), b, e, d: the stored text
    }

    /** Excel stores e.g. a 15-digit licence number typed as a number as 1.23456789012345E14. */
    static String plainNumber(String raw) {
        if (raw.indexOf('E') < 0 && raw.indexOf('e') < 0) {
            return raw;
        }
        try {
            return new java.math.BigDecimal(raw).stripTrailingZeros().toPlainString();
        } catch (NumberFormatException e) {
            return raw;
        }
    }

    /** "AB12" → 27 (0-based column of the letters). */
    static int columnIndex(String ref) {
        int col = 0;
        for (int i = 0; i < ref.length(); i++) {
            char c = ref.charAt(i);
            if (c < 'A' || c > 'Z') {
                break;
            }
            col = col * 26 + (c - 'A' + 1);
        }
        return col - 1;
    }

    @Override
    public double progress() {
        return Math.min(1.0, (double) sheetBytes.count / sheetSize);
    }

    @Override
    public void close() throws IOException {
        closeQuietly(sheetBytes);
        closeQuietly(strings);
        if (zip != null) {
            zip.close();
        }
    }

    private static String firstSheetRelationId(ZipFile zip, String workbook) throws IOException, XMLStreamException {
        try (InputStream in = zip.getInputStream(zip.getEntry(workbook))) {
            XMLStreamReader r = XML.createXMLStreamReader(in);
            while (r.hasNext()) {
                if (r.next() == XMLStreamConstants.START_ELEMENT && "sheet".equals(r.getLocalName())) {
                    for (int i = 0; i < r.getAttributeCount(); i++) {
                        if ("id".equals(r.getAttributeLocalName(i))) {
                            return r.getAttributeValue(i);
                        }
                    }
                }
            }
            return null;
        }
    }

    /** The target of the relationship with the given type suffix or id, resolved against {@code dir}. */
    private static String target(ZipFile zip, String relsPath, String dir, String typeSuffix, String id)
            throws IOException, XMLStreamException {
        ZipEntry entry = zip.getEntry(relsPath);
        if (entry == null) {
            return REL_OFFICE_DOCUMENT.equals(typeSuffix) ? "xl/workbook.xml" : null;
        }
        Map<String, String> found = new HashMap<>();
        try (InputStream in = zip.getInputStream(entry)) {
            XMLStreamReader r = XML.createXMLStreamReader(in);
            while (r.hasNext()) {
                if (r.next() == XMLStreamConstants.START_ELEMENT && "Relationship".equals(r.getLocalName())) {
                    String type = r.getAttributeValue(null, "Type");
                    String relId = r.getAttributeValue(null, "Id");
                    String t = r.getAttributeValue(null, "Target");
                    if (t != null && ((id != null && id.equals(relId))
                            || (typeSuffix != null && type != null && type.endsWith(typeSuffix)))) {
                        found.putIfAbsent("t", t);
                    }
                }
            }
        }
        String t = found.get("t");
        if (t == null) {
            return null;
        }
        return t.startsWith("/") ? t.substring(1) : dir + t;
    }

    private static XMLInputFactory xmlFactory() {
        XMLInputFactory f = XMLInputFactory.newFactory();
        // No DTDs, no external entities: an uploaded file must not read the server's files (XXE).
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        f.setProperty(XMLInputFactory.IS_COALESCING, true);
        return f;
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

    /** Counts the uncompressed bytes of the sheet read so far. */
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
