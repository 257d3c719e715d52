package io.fairdraw.spreadsheet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.fairdraw.support.HostileFiles;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A seeded mutation fuzzer over valid workbooks (issue 18): byte flips and truncations of the zip,
 * and mutations of its parts (bytes flipped, ranges cut or repeated, hostile tokens inserted,
 * entries dropped, renamed, duplicated or stored), re-zipped with valid checksums so that the XML
 * reader sees them. Every file must be read, or refused with the reader's own error; never another
 * exception, never a hang, never more than {@link #MAX_ALLOCATED} bytes allocated for one file.
 *
 * <p>A few hundred iterations run with the unit tests; more with
 * {@code ./mvnw -B test -Dtest=XlsxFuzzTest -Dfairdraw.fuzz.iterations=100000 [-Dfairdraw.fuzz.seed=N]}.
 */
class XlsxFuzzTest {

    static final int ITERATIONS = Integer.getInteger("fairdraw.fuzz.iterations", 300);
    static final long SEED = Long.getLong("fairdraw.fuzz.seed", 20_261_230L);
    /** The seed files are a few kB; reading one allocates well under a megabyte. */
    static final long MAX_ALLOCATED = 64L << 20;
    static final XlsxLimits LIMITS = XlsxLimits.excel(64L << 20).withEntriesAndStrings(1_000, 100_000);
    static final String[] TOKENS = {"<", ">", "&", "&#x110000;", "&#99999999999;", "&bogus;", "<!DOCTYPE a>",
            "<row r=\"99999999999\">", "<row r=\"-1\">", " r=\"XFE1\"", "<c r=\"ZZZZZZZZZZZZ1\">", " t=\"s\"", " t=\"inlineStr\"",
            "<v>4294967296</v>", "<v>-1</v>", "<v>1E999999999</v>", "<![CDATA[", "]]>", "<!--", "\"", "'", "\r", "\uFFFF",
            "<si/>", "</row>", "</c>", "<is>", "<t>", "</t>", "<rPh>", "<f>1+1</f>", "\u0000", "<x:c xmlns:x=\"y\">"};

    @TempDir
    Path dir;

    @Test
    @DisplayName("变异模糊测试：有效工作簿经字节翻转、截断、条目变异后，只会被读取或以读取器自己的错误拒绝，不挂起，内存有界")
    void mutatedWorkbooksAreReadOrRefused() throws Exception {
        List<Seed> seeds = List.of(seed(fastexcelWorkbook()), seed(handMadeWorkbook()));
        Map<String, Integer> outcomes = new java.util.TreeMap<>();
        assertTimeoutPreemptively(Duration.ofMinutes(ITERATIONS > 1_000 ? 600 : 5), () -> {
            com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
            Path file = dir.resolve("f.xlsx");
            for (int i = 0; i < ITERATIONS; i++) {
                SplittableRandom random = new SplittableRandom(SEED + i);
                byte[] mutated = mutate(seeds.get(random.nextInt(seeds.size())), random);
                Files.write(file, mutated);
                long before = threads.getCurrentThreadAllocatedBytes();
                String outcome;
                try {
                    outcome = "read " + Math.min(readAll(file), 3) + " rows";
                } catch (SpreadsheetRefused e) {
                    outcome = e.messageKey();
                } catch (Throwable e) {
                    throw new AssertionError("iteration " + i + " (seed " + (SEED + i) + "): " + e, e);
                }
                long allocated = threads.getCurrentThreadAllocatedBytes() - before;
                assertThat(outcome).as("iteration %d (seed %d)", i, SEED + i).isNotEqualTo("spreadsheet.unreadable");
                assertThat(allocated).as("bytes allocated, iteration %d (seed %d)", i, SEED + i).isLessThan(MAX_ALLOCATED);
                outcomes.merge(outcome, 1, Integer::sum);
            }
        });
        // Both ways out are exercised: some files are read, some refused.
        assertThat(outcomes.keySet()).anyMatch(k -> k.startsWith("read")).anyMatch(k -> k.startsWith("spreadsheet."));
        System.out.println("XlsxFuzzTest " + ITERATIONS + " iterations from seed " + SEED + ": " + outcomes);
    }

    private static int readAll(Path file) throws IOException {
        try (XlsxReader reader = XlsxReader.open(file, LIMITS)) {
            SheetRow row = new SheetRow();
            int rows = 0;
            while (reader.next(row)) {
                assertThat(row.width()).isLessThanOrEqualTo(LIMITS.maxColumns());
                rows++;
            }
            return rows;
        }
    }

    /** A valid workbook: its bytes and its parts (read once; a writer's data descriptors defeat ZipInputStream). */
    record Seed(byte[] zip, Map<String, byte[]> entries) {
    }

    private Seed seed(byte[] zip) throws IOException {
        Path f = Files.createTempFile(dir, "seed", ".xlsx");
        Files.write(f, zip);
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (java.util.zip.ZipFile z = new java.util.zip.ZipFile(f.toFile())) {
            for (ZipEntry e : java.util.Collections.list(z.entries())) {
                // The writer stamps the time into the document properties: without them, a seed is the same every run.
                if (!e.getName().startsWith("docProps/")) {
                    entries.put(e.getName(), z.getInputStream(e).readAllBytes());
                }
            }
        }
        return new Seed(zip(entries, false), entries);
    }

    static byte[] mutate(Seed valid, SplittableRandom random) throws IOException {
        return switch (random.nextInt(6)) {
            case 0 -> flip(valid.zip(), random, 1 + random.nextInt(8));
            case 1 -> java.util.Arrays.copyOf(valid.zip(), random.nextInt(valid.zip().length));
            default -> mutateEntries(new LinkedHashMap<>(valid.entries()), random);
        };
    }

    private static byte[] flip(byte[] b, SplittableRandom random, int n) {
        byte[] out = b.clone();
        for (int i = 0; i < n && out.length > 0; i++) {
            out[random.nextInt(out.length)] ^= (byte) (1 << random.nextInt(8));
        }
        return out;
    }

    private static byte[] mutateEntries(Map<String, byte[]> entries, SplittableRandom random) throws IOException {
        List<String> names = new ArrayList<>(entries.keySet());
        String target = names.stream().filter(n -> n.contains("sheet1") || n.contains("sharedStrings"))
                .skip(random.nextInt(2)).findFirst().orElse(names.get(0));
        if (random.nextInt(4) == 0) {
            target = names.get(random.nextInt(names.size()));
        }
        byte[] part = entries.get(target);
        boolean stored = false;
        switch (random.nextInt(8)) {
            case 0 -> entries.put(target, flip(part, random, 1 + random.nextInt(4)));
            case 1 -> {
                int from = random.nextInt(part.length + 1);
                int to = Math.min(part.length, from + random.nextInt(64));
                entries.put(target, concat(slice(part, 0, from), slice(part, to, part.length)));
            }
            case 2 -> {
                int from = random.nextInt(part.length + 1);
                int to = Math.min(part.length, from + random.nextInt(256));
                byte[] range = slice(part, from, to);
                ByteArrayOutputStream b = new ByteArrayOutputStream();
                b.write(part, 0, to);
                for (int k = random.nextInt(1, 50); k > 0; k--) {
                    b.write(range);
                }
                b.write(part, to, part.length - to);
                entries.put(target, b.toByteArray());
            }
            case 3, 4 -> {
                byte[] token = TOKENS[random.nextInt(TOKENS.length)].getBytes(StandardCharsets.UTF_8);
                int at = random.nextInt(part.length + 1);
                entries.put(target, concat(concat(slice(part, 0, at), token), slice(part, at, part.length)));
            }
            case 5 -> entries.remove(target);
            case 6 -> {
                entries.remove(target);
                entries.put(target.replace('s', 'z'), part);
            }
            default -> stored = true;
        }
        return zip(entries, stored);
    }

    private static byte[] zip(Map<String, byte[]> entries, boolean stored) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (Map.Entry<String, byte[]> e : entries.entrySet()) {
                ZipEntry entry = new ZipEntry(e.getKey());
                entry.setTime(0);
                if (stored) {
                    CRC32 crc = new CRC32();
                    crc.update(e.getValue());
                    entry.setMethod(ZipEntry.STORED);
                    entry.setSize(e.getValue().length);
                    entry.setCrc(crc.getValue());
                }
                zip.putNextEntry(entry);
                zip.write(e.getValue());
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }

    private static byte[] slice(byte[] b, int from, int to) {
        return java.util.Arrays.copyOfRange(b, from, Math.max(from, to));
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    /** As Excel writes it: shared strings, styles, numbers, a date. */
    static byte[] fastexcelWorkbook() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Workbook wb = new Workbook(out, "fuzz", "1.0");
        Worksheet ws = wb.newWorksheet("名录");
        String[] header = {"统一社会信用代码", "名称", "数量", "日期"};
        for (int c = 0; c < header.length; c++) {
            ws.value(0, c, header[c]);
        }
        for (int r = 1; r <= 8; r++) {
            ws.value(r, 0, "91659001MA" + (7_000_000 + r));
            ws.value(r, 1, "测试公司 & <" + r + ">");
            ws.value(r, 2, r * 1.5);
            ws.value(r, 3, java.time.LocalDate.of(2027, 1, r));
            ws.style(r, 3).format("yyyy-mm-dd").set();
        }
        ws.formula(9, 2, "SUM(C2:C9)");
        wb.finish();
        return out.toByteArray();
    }

    /** Inline strings, a formula with its cached value, a phonetic guide, CDATA. */
    static byte[] handMadeWorkbook() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        HostileFiles.workbook(out, w -> w.text(HostileFiles.row(1, List.of("a", "b", "c"))
                + "<row r=\"2\"><c r=\"A2\" t=\"s\"><v>0</v></c><c r=\"B2\" t=\"str\"><f>A2&amp;\"x\"</f><v>值x</v></c>"
                + "<c r=\"C2\" t=\"inlineStr\"><is><r><t>富</t></r><r><t><![CDATA[文本]]></t></r><rPh><t>ふ</t></rPh></is></c></row>"
                + "<row r=\"3\"><c r=\"A3\"><v>1.5E3</v></c></row>"),
                w -> w.text("<sst><si><t>共享</t></si><si><t xml:space=\"preserve\"> 2 </t></si></sst>"));
        return out.toByteArray();
    }
}
