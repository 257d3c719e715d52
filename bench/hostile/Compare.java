import io.fairdraw.spreadsheet.SheetRow;
import io.fairdraw.spreadsheet.XlsxLimits;
import io.fairdraw.spreadsheet.XlsxReader;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

/**
 * The reader comparison of issue 18, one reader and one file per JVM (run it with -Xmx512m):
 *   java Compare gen ROWS FILE            a registry-like .xlsx written by fastexcel (shared strings)
 *   java Compare ours|fastexcel|poi FILE  reads every row; prints outcome, rows, seconds, peak heap
 * "poi" is Apache POI's streaming reader (XSSFReader + SAX, ReadOnlySharedStringsTable) with its
 * ZipSecureFile limits at their defaults; "fastexcel" is fastexcel-reader; "ours" the app's reader
 * with the registry import's limits. Needs POI, fastexcel and the app's classes on the class path.
 */
public class Compare {

    public static void main(String[] args) throws Exception {
        if (args[0].equals("gen")) {
            gen(Integer.parseInt(args[1]), Path.of(args[2]));
            return;
        }
        Path file = Path.of(args[1]);
        long t0 = System.nanoTime();
        String outcome;
        long rows = -1;
        try {
            rows = switch (args[0]) {
                case "ours" -> ours(file);
                case "fastexcel" -> fastexcel(file);
                case "poi" -> poi(file);
                default -> throw new IllegalArgumentException(args[0]);
            };
            outcome = "read";
        } catch (Throwable e) {
            outcome = e.getClass().getSimpleName() + ": " + String.valueOf(e.getMessage()).lines().findFirst().orElse("");
        }
        long peak = 0;
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
            if (p.getType() == MemoryType.HEAP) {
                peak += p.getPeakUsage().getUsed();
            }
        }
        System.out.printf("%-9s %-34s %-60.60s rows %9d %8.2f s  peak heap %4d MB%n", args[0], file.getFileName(), outcome,
                rows, (System.nanoTime() - t0) / 1e9, peak >> 20);
    }

    static long ours(Path file) throws Exception {
        try (XlsxReader r = XlsxReader.open(file, XlsxLimits.excel(2L << 30))) {
            SheetRow row = new SheetRow();
            long n = 0;
            while (r.next(row)) {
                n += row.width() > 0 ? 1 : 1;
            }
            return n;
        }
    }

    static long fastexcel(Path file) throws Exception {
        try (org.dhatim.fastexcel.reader.ReadableWorkbook wb = new org.dhatim.fastexcel.reader.ReadableWorkbook(file.toFile());
             Stream<org.dhatim.fastexcel.reader.Row> rows = wb.getFirstSheet().openStream()) {
            AtomicLong n = new AtomicLong();
            rows.forEach(r -> {
                for (int i = 0; i < r.getCellCount(); i++) {
                    r.getCellText(i);
                }
                n.incrementAndGet();
            });
            return n.get();
        }
    }

    static long poi(Path file) throws Exception {
        try (org.apache.poi.openxml4j.opc.OPCPackage pkg = org.apache.poi.openxml4j.opc.OPCPackage.open(file.toFile(),
                org.apache.poi.openxml4j.opc.PackageAccess.READ)) {
            org.apache.poi.xssf.eventusermodel.XSSFReader reader = new org.apache.poi.xssf.eventusermodel.XSSFReader(pkg);
            var strings = new org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable(pkg);
            AtomicLong n = new AtomicLong();
            var handler = new org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler(reader.getStylesTable(), strings,
                    new org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler.SheetContentsHandler() {
                        public void startRow(int r) {
                            n.incrementAndGet();
                        }

                        public void endRow(int r) {
                        }

                        public void cell(String ref, String value, org.apache.poi.xssf.usermodel.XSSFComment c) {
                        }
                    }, false);
            javax.xml.parsers.SAXParserFactory f = javax.xml.parsers.SAXParserFactory.newInstance();
            f.setNamespaceAware(true);
            org.xml.sax.XMLReader xml = org.apache.poi.util.XMLHelper.newXMLReader();
            xml.setContentHandler(handler);
            try (InputStream sheet = reader.getSheetsData().next()) {
                xml.parse(new org.xml.sax.InputSource(sheet));
            }
            return n.get();
        }
    }

    static void gen(int rows, Path file) throws Exception {
        try (OutputStream out = Files.newOutputStream(file)) {
            org.dhatim.fastexcel.Workbook wb = new org.dhatim.fastexcel.Workbook(out, "compare", "1.0");
            org.dhatim.fastexcel.Worksheet ws = wb.newWorksheet("Sheet1");
            String[] h = {"统一社会信用代码", "名称", "主体类型", "监管领域", "所属单位代码", "住所", "法定代表人", "许可证号", "状态", "信用风险分类"};
            for (int c = 0; c < h.length; c++) {
                ws.value(0, c, h[c]);
            }
            java.util.SplittableRandom rnd = new java.util.SplittableRandom(1);
            for (int r = 1; r <= rows; r++) {
                ws.value(r, 0, String.format("91659001MA%08d", r));
                ws.value(r, 1, "阿拉尔市测试" + r + "有限公司");
                ws.value(r, 2, "有限责任公司");
                ws.value(r, 3, "矿产");
                ws.value(r, 4, "D01");
                ws.value(r, 5, "阿拉尔市团结路" + rnd.nextInt(1000) + "号");
                ws.value(r, 6, "王" + rnd.nextInt(100000));
                ws.value(r, 7, "C" + rnd.nextInt(1_000_000));
                ws.value(r, 8, "存续");
                ws.value(r, 9, "B");
                if (r % 10_000 == 0) {
                    ws.flush();
                }
            }
            wb.finish();
        }
    }
}
