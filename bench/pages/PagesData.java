import io.fairdraw.audit.domain.AuditBulkLoad;
import io.fairdraw.registry.domain.SyntheticEntities;
import io.fairdraw.system.db.EmbeddedPostgresServer;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.postgresql.PGConnection;

/**
 * bench/pages, step 2: scales the demo data of a stopped application to a large division, straight
 * into its database (the application's own embedded server on its data directory, as superuser):
 *
 *   java PagesData PG_DATA_DIR UNIT ENTITIES INSPECTORS YEARS AUDIT_ENTRIES HISTORY_SQL PER_DRAW
 *
 * - ENTITIES registry entities in UNIT in all (SyntheticEntities: valid codes, the demo's generator), COPY;
 * - INSPECTORS on duty in UNIT in all (one INSERT … SELECT);
 * - YEARS years of plans, executed draws, visits, approved records, published results and statistics:
 *   the demo's year plus YEARS - 1 past years cloned from it by history.sql, PER_DRAW selections per draw;
 * - the audit log filled to AUDIT_ENTRIES entries with COPY, chain and Merkle tree computed by the
 *   application's own code (AuditBulkLoad), so /api/v1/audit/verify passes;
 * then VACUUM ANALYZE and pg_stat_statements preloaded for the next start (the statement counter).
 * Idempotent per part: what is already there is not loaded again (FD_BENCH_DATA reuse).
 */
public class PagesData {

    static final String[] ACTIONS = {"REGISTRY_ENTITY_UPDATED", "INSPECTION_RECORD_SAVED", "INSPECTION_RECORD_SUBMITTED",
            "INSPECTION_RECORD_APPROVED", "DRAW_ANNOUNCED", "DRAW_EXECUTED", "TASK_CREATED", "INSPECTOR_UPDATED",
            "LOGIN", "RESULT_PUBLISHED"};
    static final String[] ACTORS = {"liaison.d01", "planner.d01", "reviewer.d01", "inspector.d01a", "inspector.d01b",
            "auditor", "admin"};

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        String unit = args[1];
        int entities = Integer.parseInt(args[2]);
        int inspectors = Integer.parseInt(args[3]);
        int years = Integer.parseInt(args[4]);
        long audit = Long.parseLong(args[5]);
        String history = Files.readString(Path.of(args[6]), StandardCharsets.UTF_8);
        int perDraw = Integer.parseInt(args[7]);
        EmbeddedPostgres pg = EmbeddedPostgresServer.forDirectory(dir);
        try (Connection c = pg.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            lap("start");
            entities(c, s, unit, entities);
            lap("entities");
            s.executeUpdate("INSERT INTO inspector (id, name, unit_code, certificate_no, certificate_expiry, specialties, status) "
                    + "SELECT 'BN-" + unit + "-' || lpad(i::text, 4, '0'), "
                    + "substr('王李张刘陈杨赵黄周吴徐孙马朱胡郭何高林罗', 1 + i % 20, 1) || substr('建国伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞', 1 + i * 7 % 20, 1) "
                    + "|| substr('平华英红玲兰峰', 1 + i % 7, 1), '" + unit + "', 'ZF' || lpad(i::text, 8, '0'), "
                    + "make_date(2030, 1 + i % 12, 1), (CASE i % 5 WHEN 0 THEN '{LAND}' WHEN 1 THEN '{PLANNING,SURVEYING}' "
                    + "WHEN 2 THEN '{MINERAL}' WHEN 3 THEN '{FOREST_GRASS}' ELSE '{LAND,OTHER}' END)::text[], 'ON_DUTY' "
                    + "FROM generate_series(1, greatest(0, " + inspectors + " - (SELECT count(*) FROM inspector WHERE unit_code = '"
                    + unit + "'))::int) i");
            lap("inspectors");
            int have = count(s, "SELECT count(DISTINCT year) FROM plan_annual WHERE unit_code = '" + unit + "'");
            for (int shift = have; shift < years; shift++) {
                for (String sql : history.replace("${unit}", unit).replace("${shift}", String.valueOf(shift))
                        .replace("${perDraw}", String.valueOf(perDraw)).split(";\\s*\\n")) {
                    if (!sql.replaceAll("(?m)^--.*$", "").isBlank()) {
                        s.execute(sql);
                    }
                }
            }
            lap("history (" + years + " years)");
            long added = AuditBulkLoad.fill(c, audit, seq -> new AuditBulkLoad.Entry(ACTORS[(int) (seq % ACTORS.length)], unit,
                    ACTIONS[(int) (seq % ACTIONS.length)], "bench", "bench-" + seq, "批量审计记录 " + seq,
                    "10.0." + seq % 200 + "." + seq % 250));
            lap("audit (+" + added + ")");
            s.execute("VACUUM ANALYZE");
            lap("vacuum analyze");
            // The statement counter of bench/pages: pg_stat_statements, loaded at the next server start.
            s.execute("ALTER SYSTEM SET shared_preload_libraries = 'pg_stat_statements'");
            s.execute("ALTER SYSTEM SET pg_stat_statements.track_utility = off");
            for (String q : List.of("registry_entity WHERE unit_code = '" + unit + "'", "inspector WHERE unit_code = '" + unit + "'",
                    "plan_annual WHERE unit_code = '" + unit + "'", "draw_announcement", "inspection_visit", "inspection_record",
                    "disclosure_result", "audit_entry")) {
                System.out.printf("  %-50s %,12d rows%n", q, (long) count(s, "SELECT count(*) FROM " + q));
            }
        }
        System.exit(0); // zonky's shutdown hook stops the server
    }

    static void entities(Connection c, Statement s, String unit, int target) throws Exception {
        int have = count(s, "SELECT count(*) FROM registry_entity WHERE unit_code = '" + unit + "'");
        if (have >= target) {
            return;
        }
        Set<String> codes = new HashSet<>();
        try (ResultSet r = s.executeQuery("SELECT uscc FROM registry_entity")) {
            while (r.next()) {
                codes.add(r.getString(1));
            }
        }
        SyntheticEntities gen = new SyntheticEntities(20_261_207L, List.of(unit));
        var copy = c.unwrap(PGConnection.class).getCopyAPI();
        int left = target - have;
        while (left > 0) {
            StringBuilder b = new StringBuilder();
            for (int i = 0; i < Math.min(left, 50_000); ) {
                SyntheticEntities.Row r = gen.next();
                if (!codes.add(r.uscc())) {
                    continue;
                }
                b.append(String.join("\t", r.uscc(), r.name(), r.entityType(), r.field().name(), r.unitCode(), r.address(),
                        r.legalRep(), r.licenseNo(), r.status().name(), r.riskClass() == null ? "\\N" : r.riskClass().name(),
                        String.valueOf(r.manyComplaints()), String.valueOf(r.abnormalOperation()),
                        String.valueOf(r.seriousDishonesty()), "bench", "bench")).append('\n');
                i++;
            }
            left -= (int) copy.copyIn("COPY registry_entity (uscc, name, entity_type, field, unit_code, address, legal_rep, "
                    + "license_no, status, risk_class, many_complaints, abnormal_operation, serious_dishonesty, created_by, "
                    + "updated_by) FROM STDIN", new StringReader(b.toString()));
        }
    }

    static int count(Statement s, String sql) throws Exception {
        try (ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getInt(1);
        }
    }

    static long t0 = System.nanoTime();

    static void lap(String what) {
        System.out.printf("  %-28s %7.1f s%n", what, (System.nanoTime() - t0) / 1e9);
    }
}
