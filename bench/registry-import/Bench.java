import io.fairdraw.registry.EntityStatus;
import io.fairdraw.registry.Field;
import io.fairdraw.registry.domain.SyntheticEntities;
import java.io.BufferedWriter;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.Base64;
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
 *   import URL user file.xlsx     — POST /api/v1/registry/imports, prints seconds and the JSON counts
 *   copy JDBC_URL file.tsv        — bare COPY of the same rows into a same-shaped table with a primary key
 */
public class Bench {

    public static void main(String[] args) throws Exception {
        switch (args[0]) {
            case "generate" -> generate(Integer.parseInt(args[1]), Path.of(args[2]), Path.of(args[3]));
            case "import" -> importFile(args[1], args[2], Path.of(args[3]));
            case "copy" -> copy(args[1], Path.of(args[2]));
            default -> throw new IllegalArgumentException(args[0]);
        }
    }

    static void generate(int n, Path xlsx, Path tsv) throws Exception {
        Properties zh = new Properties();
        try (InputStream in = Bench.class.getClassLoader().getResourceAsStream("messages.properties")) {
            zh.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        Map<Field, String> fields = new EnumMap<>(Field.class);
        for (Field f : Field.values()) {
            fields.put(f, zh.getProperty("registry.field." + f.name()));
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

    static void importFile(String url, String user, Path file) throws Exception {
        String boundary = "----bench" + System.nanoTime();
        byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\""
                + file.getFileName() + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
        HttpRequest request = HttpRequest.newBuilder(URI.create(url + "/api/v1/registry/imports"))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                        (user + ":Fairdraw@2026").getBytes(StandardCharsets.UTF_8)))
                .POST(HttpRequest.BodyPublishers.concat(HttpRequest.BodyPublishers.ofByteArray(head),
                        HttpRequest.BodyPublishers.ofFile(file), HttpRequest.BodyPublishers.ofByteArray(tail)))
                .build();
        long t0 = System.nanoTime();
        HttpResponse<String> r = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
        double seconds = (System.nanoTime() - t0) / 1e9;
        String body = r.body();
        String counts = body.length() > 400 ? body.substring(0, body.indexOf(",\"errors\"") > 0 ? body.indexOf(",\"errors\"") : 400) : body;
        System.out.printf("import_status=%d import_seconds=%.3f%n%s%n", r.statusCode(), seconds, counts);
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
