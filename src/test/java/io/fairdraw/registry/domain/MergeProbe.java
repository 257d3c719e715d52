package io.fairdraw.registry.domain;

import java.io.BufferedReader;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import org.postgresql.PGConnection;

/** Manual probe: EXPLAIN ANALYZE of the per-chunk merge on a running server (args: jdbc url, tsv). */
public final class MergeProbe {

    public static void main(String[] args) throws Exception {
        List<String> lines = Files.readAllLines(Path.of(args[1]));
        try (Connection c = DriverManager.getConnection(args[0], "postgres", "")) {
            c.setAutoCommit(false);
            try (Statement st = c.createStatement()) {
                st.execute("CREATE TEMP TABLE registry_import_stage (row_no INT NOT NULL, uscc TEXT NOT NULL, "
                        + "name TEXT, entity_type TEXT, field TEXT, unit_code TEXT, address TEXT, legal_rep TEXT, "
                        + "license_no TEXT, status TEXT, risk_class TEXT) ON COMMIT DROP");
                st.execute("SET LOCAL enable_hashjoin = off");
                st.execute("SET LOCAL enable_mergejoin = off");
            }
            for (int chunk = 0; chunk < 3; chunk++) {
                StringBuilder sb = new StringBuilder();
                for (int i = chunk * 50_000; i < (chunk + 1) * 50_000; i++) {
                    String[] f = lines.get(i).split("\t");
                    sb.append(i + 2);
                    for (int k = 0; k < 10; k++) {
                        sb.append('\t').append(f[k]);
                    }
                    sb.append('\n');
                }
                long t0 = System.nanoTime();
                c.unwrap(PGConnection.class).getCopyAPI().copyIn("COPY registry_import_stage (" + ImportStore.STAGE_COLUMNS
                        + ") FROM STDIN", new StringReader(sb.toString()));
                long t1 = System.nanoTime();
                String sql = ImportStore.MERGE_SQL.replaceFirst("\\?", "'{D01}'").replaceFirst("\\?", "'x'")
                        .replaceFirst("\\?", "1").replaceFirst("\\?", "'x'").replaceFirst("\\?", "'x'")
                        .replaceFirst("\\?", "1").replaceFirst("\\?", "'x'");
                try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("EXPLAIN (ANALYZE, BUFFERS) " + sql)) {
                    while (rs.next()) {
                        System.out.println(rs.getString(1));
                    }
                }
                try (Statement st = c.createStatement()) {
                    st.execute("TRUNCATE registry_import_stage");
                }
                System.out.printf("chunk %d: copy %d ms, merge+truncate %d ms%n", chunk, (t1 - t0) / 1_000_000,
                        (System.nanoTime() - t1) / 1_000_000);
            }
            c.rollback();
        }
    }
}
