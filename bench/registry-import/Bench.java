import io.fairdraw.registry.EntityStatus;
import io.fairdraw.shared.SupervisionField;
import io.fairdraw.registry.domain.SyntheticEntities;
import java.io.BufferedWriter;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.postgresql.PGConnection;

/**
 * Registry import benchmark steps (run by run.sh with the application's classes on the class path):
 *   generate N out.xlsx out.tsv   — N synthetic entities of unit D01 as a shared-strings .xlsx (as Excel
 *                                   writes it) and the same rows in COPY text format
 *   copy JDBC_URL file.tsv        — bare COPY of the same rows into a same-shaped table with a primary key
 *   checkpoint JDBC_URL           — CHECKPOINT, so that a phase does not pay for the previous one's WAL
 */
public class Bench {

    public static void main(String[] args) throws Exception {
        switch (args[0]) {
            case "generate" -> generate(Integer.parseInt(args[1]), Path.of(args[2]), Path.of(args[3]));
            case "copy" -> copy(args[1], Path.of(args[2]));
            case "checkpoint" -> checkpoint(args[1]);
            default -> throw new IllegalArgumentException(args[0]);
        }
    }

    static void generate(int n, Path xlsx, Path tsv) throws Exception {
        Properties zh = new Properties();
        try (InputStream in = Bench.class.getClassLoader().getResourceAsStream("messages.properties")) {
            zh.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        Map<SupervisionField, String> fields = new EnumMap<>(SupervisionField.class);
        for (SupervisionField f : SupervisionField.values()) {
            fields.put(f, zh.getProperty("field." + f.name()));
        }
        Map<EntityStatus, String> statuses = new EnumMap<>(EntityStatus.class);
        for (EntityStatus s : EntityStatus.values()) {
            statuses.put(s, zh.getProperty("registry.status." + s.name()));
        }
        List<String> header = List.of("uscc", "name", "entity_type", "field", "unit", "address", "legal_rep",
                "license_no", "status", "risk_class").stream().map(k -> zh.getProperty("registry.column." + k)).toList();
        SyntheticEntities gen = new SyntheticEntities(20_261_128L, List.of("D01"));
        Set<String> codes = new HashSet<>(n * 2);
        long t0 = System.nanoTime();
        try (OutputStream out = Files.newOutputStream(xlsx);
             BufferedWriter copy = Files.newBufferedWriter(tsv, StandardCharsets.UTF_8)) {
            Workbook wb = new Workbook(out, "Bench", "1.0");
            Worksheet ws = wb.newWorksheet("Sheet1");
            for (int c = 0; c < header.size(); c++) {
                ws.value(0, c, header.get(c));
            }
            int row = 1;
            while (row <= n) {
                SyntheticEntities.Row r = gen.next();
                if (!codes.add(r.uscc())) {
                    continue;
                }
                List<String> cells = SyntheticEntities.templateRow(r, fields, statuses);
                for (int c = 0; c < cells.size(); c++) {
                    if (!cells.get(c).isEmpty()) {
                        ws.value(row, c, cells.get(c)); // shared strings, like Excel
                    }
                }
                copy.write(String.join("\t", r.uscc(), r.name(), r.entityType(), r.field().name(), r.unitCode(),
                        r.address(), r.legalRep(), r.licenseNo(), r.status().name(),
                        r.riskClass() == null ? "\\N" : r.riskClass().name(), "bench", "bench"));
                copy.newLine();
                if (row % 10_000 == 0) {
                    ws.flush();
                }
                row++;
            }
            wb.finish();
        }
        System.out.printf("generated %,d rows: %s (%,d bytes), %s in %.1f s%n", n, xlsx, Files.size(xlsx), tsv,
                (System.nanoTime() - t0) / 1e9);
    }

    static void checkpoint(String jdbcUrl) throws Exception {
        try (Connection c = DriverManager.getConnection(jdbcUrl, "postgres", ""); Statement st = c.createStatement()) {
            st.execute("CHECKPOINT");
        }
    }

    static void copy(String jdbcUrl, Path tsv) throws Exception {
        try (Connection c = DriverManager.getConnection(jdbcUrl, "postgres", "")) {
            try (Statement st = c.createStatement()) {
                st.execute("DROP TABLE IF EXISTS bench_copy_baseline");
                // Same columns, types and checks as registry_entity, with its primary key.
                st.execute("CREATE TABLE bench_copy_baseline (LIKE registry_entity INCLUDING DEFAULTS INCLUDING CONSTRAINTS)");
                st.execute("ALTER TABLE bench_copy_baseline ADD PRIMARY KEY (uscc)");
            }
            long t0 = System.nanoTime();
            long rows;
            try (InputStream in = Files.newInputStream(tsv)) {
                rows = c.unwrap(PGConnection.class).getCopyAPI().copyIn("COPY bench_copy_baseline (uscc, name, entity_type, "
                        + "field, unit_code, address, legal_rep, license_no, status, risk_class, created_by, updated_by) "
                        + "FROM STDIN", in, 1 << 16);
            }
            double seconds = (System.nanoTime() - t0) / 1e9;
            try (Statement st = c.createStatement()) {
                st.execute("DROP TABLE bench_copy_baseline");
            }
            System.out.printf("copy_rows=%d copy_seconds=%.3f%n", rows, seconds);
        }
    }
}
