package io.fairdraw.registry;

import io.fairdraw.shared.UnifiedSocialCreditCode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicLong;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/** Import files for tests: hand-made .xlsx (shared strings, like Excel) and .csv in any charset. */
final class TestFiles {

    static final List<String> HEADER = List.of("统一社会信用代码", "名称", "主体类型", "监管领域", "所属单位代码", "住所",
            "法定代表人", "许可证号", "状态", "信用风险分类");
    private static final AtomicLong SEED = new AtomicLong(System.nanoTime());

    private TestFiles() {
    }

    /** A code never used before in this JVM (random, valid check digit). */
    static String newCode() {
        return UnifiedSocialCreditCode.random(new SplittableRandom(SEED.incrementAndGet()), "659002").value();
    }

    /** A valid row for unit D01 with the given code and name. */
    static List<String> row(String code, String name) {
        return new ArrayList<>(List.of(code, name, "有限责任公司", "矿产", "D01", "阿拉尔市团结路1号", "王建国", "C6590022020", "存续", "B"));
    }

    static byte[] xlsx(List<String> header, List<List<String>> rows) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            Workbook wb = new Workbook(out, "Test", "1.0");
            Worksheet ws = wb.newWorksheet("Sheet1");
            for (int c = 0; c < header.size(); c++) {
                ws.value(0, c, header.get(c));
            }
            for (int r = 0; r < rows.size(); r++) {
                for (int c = 0; c < rows.get(r).size(); c++) {
                    String v = rows.get(r).get(c);
                    if (v != null && !v.isEmpty()) {
                        ws.value(r + 1, c, v);
                    }
                }
            }
            wb.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    static byte[] csv(List<String> header, List<List<String>> rows, Charset charset, boolean bom) {
        StringBuilder sb = new StringBuilder();
        sb.append(line(header));
        rows.forEach(r -> sb.append(line(r)));
        byte[] text = sb.toString().getBytes(charset);
        if (!bom) {
            return text;
        }
        byte[] out = new byte[text.length + 3];
        out[0] = (byte) 0xEF;
        out[1] = (byte) 0xBB;
        out[2] = (byte) 0xBF;
        System.arraycopy(text, 0, out, 3, text.length);
        return out;
    }

    private static String line(List<String> cells) {
        List<String> quoted = new ArrayList<>();
        for (String c : cells) {
            String v = c == null ? "" : c;
            quoted.add(v.contains(",") || v.contains("\"") || v.contains("\n") ? "\"" + v.replace("\"", "\"\"") + "\"" : v);
        }
        return String.join(",", quoted) + "\r\n";
    }
}
