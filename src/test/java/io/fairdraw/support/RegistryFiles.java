package io.fairdraw.support;

import io.fairdraw.registry.EntityStatus;
import io.fairdraw.registry.domain.SyntheticEntities;
import io.fairdraw.shared.SupervisionField;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * Registry import files of synthetic entities (the import template's Chinese header, as a liaison
 * fills it in) for tests that run the application as a process: a .csv in memory, or a large
 * shared-strings .xlsx written once and cached (generating a million rows takes a few seconds).
 */
public final class RegistryFiles {

    /** The entities of one file: their codes, to look them up afterwards. */
    public record File(byte[] content, List<String> codes) {
    }

    private RegistryFiles() {
    }

    /** {@code n} distinct entities of {@code unit} as a UTF-8 .csv. */
    public static File csv(long seed, String unit, int n) {
        Properties zh = bundle();
        StringBuilder sb = new StringBuilder();
        sb.append(String.join(",", header(zh).stream().map(RegistryFiles::quote).toList())).append("\r\n");
        List<String> codes = new ArrayList<>(n);
        SyntheticEntities gen = new SyntheticEntities(seed, List.of(unit));
        Set<String> seen = new HashSet<>();
        while (codes.size() < n) {
            SyntheticEntities.Row r = gen.next();
            if (!seen.add(r.uscc())) {
                continue;
            }
            codes.add(r.uscc());
            sb.append(String.join(",", SyntheticEntities.templateRow(r, fields(zh), statuses(zh)).stream()
                    .map(RegistryFiles::quote).toList())).append("\r\n");
        }
        return new File(sb.toString().getBytes(StandardCharsets.UTF_8), codes);
    }

    /** {@code n} distinct entities of {@code unit} as .xlsx under target/, reused when present. */
    public static Path xlsx(long seed, String unit, int n) {
        Path file = Path.of("target", "registry-" + unit + "-" + seed + "-" + n + ".xlsx");
        if (Files.exists(file)) {
            return file;
        }
        Properties zh = bundle();
        Path tmp = Path.of(file + ".tmp");
        try (OutputStream out = Files.newOutputStream(tmp)) {
            Workbook wb = new Workbook(out, "Fairdraw tests", "1.0");
            Worksheet ws = wb.newWorksheet("Sheet1");
            List<String> header = header(zh);
            for (int c = 0; c < header.size(); c++) {
                ws.value(0, c, header.get(c));
            }
            SyntheticEntities gen = new SyntheticEntities(seed, List.of(unit));
            Set<String> seen = new HashSet<>(n * 2);
            Map<SupervisionField, String> fields = fields(zh);
            Map<EntityStatus, String> statuses = statuses(zh);
            int row = 1;
            while (row <= n) {
                SyntheticEntities.Row r = gen.next();
                if (!seen.add(r.uscc())) {
                    continue;
                }
                List<String> cells = SyntheticEntities.templateRow(r, fields, statuses);
                for (int c = 0; c < cells.size(); c++) {
                    if (!cells.get(c).isEmpty()) {
                        ws.value(row, c, cells.get(c));
                    }
                }
                if (row % 10_000 == 0) {
                    ws.flush();
                }
                row++;
            }
            wb.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            Files.move(tmp, file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }

    private static String quote(String s) {
        return "\"" + s.replace("\"", "\"\"") + "\"";
    }

    private static List<String> header(Properties zh) {
        return List.of("uscc", "name", "entity_type", "field", "unit", "address", "legal_rep", "license_no", "status",
                "risk_class").stream().map(k -> zh.getProperty("registry.column." + k)).toList();
    }

    private static Map<SupervisionField, String> fields(Properties zh) {
        Map<SupervisionField, String> m = new EnumMap<>(SupervisionField.class);
        for (SupervisionField f : SupervisionField.values()) {
            m.put(f, zh.getProperty("field." + f.name()));
        }
        return m;
    }

    private static Map<EntityStatus, String> statuses(Properties zh) {
        Map<EntityStatus, String> m = new EnumMap<>(EntityStatus.class);
        for (EntityStatus s : EntityStatus.values()) {
            m.put(s, zh.getProperty("registry.status." + s.name()));
        }
        return m;
    }

    private static Properties bundle() {
        Properties zh = new Properties();
        try (InputStream in = RegistryFiles.class.getClassLoader().getResourceAsStream("messages.properties")) {
            zh.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return zh;
    }
}
