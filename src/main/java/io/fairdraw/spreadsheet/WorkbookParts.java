package io.fairdraw.spreadsheet;

import java.io.IOException;
import java.io.InputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Where the first worksheet and the shared-string table of a workbook are: the package's
 * relationships, the workbook's first {@code <sheet>} and its relationships. These small parts are
 * read with the same bounded {@link XmlTokens} as the sheet (no DOCTYPE, bounded depth and text),
 * counted against the same inflated-bytes bound.
 */
record WorkbookParts(String sheet, String sharedStrings) {

    private static final String REL_OFFICE_DOCUMENT = "/officeDocument";
    private static final String REL_SHARED_STRINGS = "/sharedStrings";
    /** Part names and relationship ids are short; a longer attribute is not a workbook. */
    private static final int MAX_ATTRIBUTE = 4096;

    static WorkbookParts locate(ZipFile zip, ZipGuard guard, XlsxLimits limits) throws IOException {
        String workbook = target(zip, guard, limits, "_rels/.rels", "", REL_OFFICE_DOCUMENT, null);
        if (workbook == null) {
            workbook = "xl/workbook.xml";
        }
        if (zip.getEntry(workbook) == null) {
            throw new SpreadsheetRefused("spreadsheet.not_xlsx");
        }
        String dir = workbook.contains("/") ? workbook.substring(0, workbook.lastIndexOf('/') + 1) : "";
        String rels = dir + "_rels/" + workbook.substring(dir.length()) + ".rels";
        String sheetId = firstSheetRelationId(zip, guard, limits, workbook);
        String sheet = sheetId == null ? null : target(zip, guard, limits, rels, dir, null, sheetId);
        if (sheet == null || zip.getEntry(sheet) == null) {
            throw new SpreadsheetRefused("spreadsheet.no_sheet");
        }
        return new WorkbookParts(sheet, target(zip, guard, limits, rels, dir, REL_SHARED_STRINGS, null));
    }


    private static String firstSheetRelationId(ZipFile zip, ZipGuard guard, XlsxLimits limits, String workbook)
            throws IOException {
        try (InputStream in = guard.count(zip.getInputStream(zip.getEntry(workbook)))) {
            XmlTokens r = new XmlTokens(in, MAX_ATTRIBUTE, limits.maxDepth());
            int event;
            while ((event = r.next()) != XmlTokens.EOF) {
                if (event != XmlTokens.END && r.is("sheet")) {
                    return r.attribute("id");
                }
            }
            return null;
        }
    }

    /** The target of the first relationship with the given type suffix or id, resolved against {@code dir}. */
    private static String target(ZipFile zip, ZipGuard guard, XlsxLimits limits, String relsPath, String dir,
                                 String typeSuffix, String id) throws IOException {
        ZipEntry entry = zip.getEntry(relsPath);
        if (entry == null) {
            return null;
        }
        try (InputStream in = guard.count(zip.getInputStream(entry))) {
            XmlTokens r = new XmlTokens(in, MAX_ATTRIBUTE, limits.maxDepth());
            int event;
            while ((event = r.next()) != XmlTokens.EOF) {
                if (event != XmlTokens.END && r.is("Relationship")) {
                    String type = r.attribute("Type");
                    String relId = r.attribute("Id");
                    String t = r.attribute("Target");
                    if (t != null && ((id != null && id.equals(relId))
                            || (typeSuffix != null && type != null && type.endsWith(typeSuffix)))) {
                        return t.startsWith("/") ? t.substring(1) : dir + t;
                    }
                }
            }
            return null;
        }
    }
}
