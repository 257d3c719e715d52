import io.fairdraw.draw.domain.FrozenInputs;
import io.fairdraw.draw.protocol.Announcement;
import io.fairdraw.draw.protocol.ConflictPair;
import io.fairdraw.draw.protocol.Conflicts;
import io.fairdraw.draw.protocol.DrawDefinition;
import io.fairdraw.draw.protocol.DrawParams;
import io.fairdraw.draw.protocol.DrawProtocol;
import io.fairdraw.draw.protocol.DrawResult;
import io.fairdraw.draw.protocol.Frame;
import io.fairdraw.draw.protocol.Roster;
import io.fairdraw.draw.protocol.RosterEntry;
import io.fairdraw.draw.protocol.Secret;
import io.fairdraw.draw.protocol.SelectedEntity;
import io.fairdraw.draw.protocol.StratumOutcome;
import io.fairdraw.draw.protocol.StratumParams;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.StringReader;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.postgresql.PGConnection;
import tools.jackson.databind.json.JsonMapper;

/**
 * Whole-flow draw benchmark (issue 5 item 6), run by run.sh with the application's classes on the
 * class path:  java -cp CP Bench.java ENTITIES [ROUNDS]
 *
 * On an embedded PostgreSQL 17 (zonky, started here) it generates ENTITIES entities in 4 classes
 * (10/40/40/10 %) into a table and 300 inspectors, then times, in the same run:
 *   announce = read the frame rows (Frame.of sorts them by USCC byte order), every hash, the org text,
 *              the commitment, and INSERT of the announcement with its two blobs;
 *   execute  = read the two blobs back, rebuild the frame, DrawProtocol.execute (seed, 2a, 2b),
 *              UPDATE the announcement and COPY the selection, in one transaction;
 *   naive    = per class SELECT uscc … ORDER BY random() LIMIT k, then a shuffled round-robin team
 *              assignment (what platforms without a protocol do);
 *   verify   = java verifier/Verify.java on the produced record (separate process, default flags).
 * Prints each time, the ratios to the naive draw and the peak heap of each phase.
 */
public class Bench {

    static final int INSPECTORS = 300;
    static final int RATIO_BP = 300;
    static final String[] CLASSES = {"A", "B", "C", "D"};

    public static void main(String[] args) throws Exception {
        int n = Integer.parseInt(args[0]);
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 1;
        Path work = Files.createTempDirectory("fd-draw-bench-");
        try (EmbeddedPostgres pg = EmbeddedPostgres.builder().setDataDirectory(work.resolve("pg"))
                .setCleanDataDirectory(true).setServerConfig("max_wal_size", "4GB")
                .setServerConfig("shared_buffers", "512MB").start();
             Connection c = pg.getPostgresDatabase(Map.of("prepareThreshold", "-1")).getConnection()) {
            long t = System.nanoTime();
            setUp(c, n);
            System.out.printf("setup: %,d entities and %d inspectors generated in %.1f s (not timed below)%n",
                    n, INSPECTORS, secs(t));
            for (int round = 1; round <= rounds; round++) {
                round(c, n, round, work);
            }
        } finally {
            try (var files = Files.walk(work)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    static void round(Connection c, int n, int round, Path work) throws Exception {
        String drawId = "BENCH-" + round;
        System.gc();
        resetPeaks();
        long t = System.nanoTime();
        lapStart = t;
        Announced announced = announce(c, drawId);
        double announceS = secs(t);
        long announceHeap = peakHeap();

        System.gc();
        resetPeaks();
        t = System.nanoTime();
        lapStart = t;
        Executed executed = execute(c, drawId, announced);
        double executeS = secs(t);
        long executeHeap = peakHeap();

        System.gc();
        resetPeaks();
        t = System.nanoTime();
        int naiveSelected = naive(c);
        double naiveS = secs(t);
        long naiveHeap = peakHeap();

        Path dir = Files.createDirectories(work.resolve(drawId));
        writeRecord(c, drawId, announced, executed, dir);
        t = System.nanoTime();
        Process verify = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "verifier/Verify.java", dir.resolve("record.json").toString(), dir.resolve("frame.csv").toString(),
                dir.resolve("roster.csv").toString(), dir.resolve("conflicts.csv").toString(),
                "--orgs", dir.resolve("orgs.csv").toString())
                .redirectErrorStream(true).redirectOutput(dir.resolve("verify.out").toFile()).start();
        if (!verify.waitFor(30, TimeUnit.MINUTES)) {
            verify.destroyForcibly();
        }
        double verifyS = secs(t);
        List<String> out = Files.readAllLines(dir.resolve("verify.out"));

        System.out.printf("%n== round %d: %,d entities, %d inspectors, %d cores, max heap %d MB%n", round, n, INSPECTORS,
                Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20);
        System.out.printf("announce (frame freeze + hashes + persist): %7.3f s  %5.2f x naive  peak heap %5d MB%n",
                announceS, announceS / naiveS, announceHeap >> 20);
        System.out.printf("execute (2a + 2b + persist selection):      %7.3f s  %5.2f x naive  peak heap %5d MB  (%,d selected)%n",
                executeS, executeS / naiveS, executeHeap >> 20, executed.result.selected().size());
        System.out.printf("naive (ORDER BY random() + round-robin):    %7.3f s  %5.2f x naive  peak heap %5d MB  (%,d selected)%n",
                naiveS, 1.0, naiveHeap >> 20, naiveSelected);
        System.out.printf("Verify.java on the record (process):        %7.3f s  exit %d: %s%n", verifyS,
                verify.exitValue(), out.isEmpty() ? "" : out.get(out.size() - 1));
        System.out.printf("RESULT n=%d round=%d announce=%.3f execute=%.3f naive=%.3f verify=%.3f announce_heap_mb=%d "
                        + "execute_heap_mb=%d%n", n, round, announceS, executeS, naiveS, verifyS, announceHeap >> 20,
                executeHeap >> 20);
    }

    record Announced(Announcement announcement, DrawDefinition definition, Secret secret) {
    }

    record Executed(DrawResult result, String beacon) {
    }

    /** §1 on the database: the frame rows in USCC byte order, every hash, the two blobs persisted. */
    static Announced announce(Connection c, String drawId) throws Exception {
        c.setAutoCommit(false);
        List<io.fairdraw.draw.protocol.FrameEntry> entries = new ArrayList<>();
        try (Statement s = c.createStatement()) {
            s.setFetchSize(50_000);
            try (ResultSet rs = s.executeQuery("SELECT uscc, stratum, org_code FROM bench_entity")) {
                while (rs.next()) {
                    entries.add(new io.fairdraw.draw.protocol.FrameEntry(rs.getString(1), rs.getString(2), rs.getString(3)));
                }
            }
        }
        lap("announce: read frame rows (JDBC)");
        Frame frame = Frame.of(entries);
        entries = null;
        frame.hash();
        lap("announce: Frame.of + frame hash");
        List<RosterEntry> roster = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT id, org_code FROM bench_inspector")) {
            while (rs.next()) {
                roster.add(new RosterEntry(rs.getString(1), rs.getString(2)));
            }
        }
        List<ConflictPair> pairs = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT inspector_id, uscc FROM bench_conflict")) {
            while (rs.next()) {
                pairs.add(new ConflictPair(rs.getString(1), rs.getString(2)));
            }
        }
        List<StratumParams> strata = new ArrayList<>();
        for (String s : CLASSES) {
            strata.add(new StratumParams(s, RATIO_BP, 0));
        }
        DrawDefinition definition = new DrawDefinition(drawId, frame, new DrawParams(strata, 2, 1, true),
                Roster.of(roster), Conflicts.of(pairs));
        Secret secret = Secret.generate();
        Announcement a = DrawProtocol.announce(definition, secret);
        byte[] orgs = FrozenInputs.orgsText(frame);
        FrozenInputs.orgsHash(orgs);
        lap("announce: roster, conflicts, params, org text, commitment");
        try (PreparedStatement p = c.prepareStatement("INSERT INTO draw_announcement (draw_id, task_id, task_ref, "
                + "task_name, unit_code, attempt, status, announced_at, announced_by, frame, orgs, frame_hash, orgs_hash, "
                + "frame_size, params, params_hash, team_size, cap_slack, cross_org, roster, roster_hash, roster_size, "
                + "conflicts, conflicts_hash, commitment, beacon_source) VALUES (?,?,'BENCH','bench','D01',1,'ANNOUNCED',"
                + "now(),'bench',?,?,?,?,?,?,?,2,1,true,?,?,?,?,?,?,'bench beacon')")) {
            int i = 0;
            p.setString(++i, drawId);
            p.setLong(++i, drawId.hashCode());
            p.setBytes(++i, frame.canonicalBytes());
            p.setBytes(++i, orgs);
            p.setString(++i, a.frameHash());
            p.setString(++i, FrozenInputs.orgsHash(orgs));
            p.setInt(++i, a.frameSize());
            p.setString(++i, definition.params().canonicalText());
            p.setString(++i, a.paramsHash());
            p.setString(++i, definition.roster().canonicalText());
            p.setString(++i, a.rosterHash());
            p.setInt(++i, a.rosterSize());
            p.setString(++i, definition.conflicts().canonicalText());
            p.setString(++i, a.conflictsHash());
            p.setString(++i, a.commitment());
            p.executeUpdate();
        }
        try (PreparedStatement p = c.prepareStatement("INSERT INTO draw_secret (draw_id, secret) VALUES (?, ?)")) {
            p.setString(1, drawId);
            p.setString(2, secret.hex());
            p.executeUpdate();
        }
        c.commit();
        lap("announce: persist (2 blobs)");
        return new Announced(a, definition, secret);
    }

    /** §2 as DrawService runs it: blobs read back, frame rebuilt, seed, selection, teams, persisted. */
    static Executed execute(Connection c, String drawId, Announced announced) throws Exception {
        c.setAutoCommit(false);
        byte[] frameText;
        byte[] orgsText;
        String params;
        String roster;
        String conflicts;
        try (PreparedStatement p = c.prepareStatement("SELECT frame, orgs, params, roster, conflicts FROM draw_announcement "
                + "WHERE draw_id = ? FOR UPDATE")) {
            p.setString(1, drawId);
            try (ResultSet rs = p.executeQuery()) {
                rs.next();
                frameText = rs.getBytes(1);
                orgsText = rs.getBytes(2);
                params = rs.getString(3);
                roster = rs.getString(4);
                conflicts = rs.getString(5);
            }
        }
        String secretHex;
        try (PreparedStatement p = c.prepareStatement("SELECT secret FROM draw_secret WHERE draw_id = ?")) {
            p.setString(1, drawId);
            try (ResultSet rs = p.executeQuery()) {
                rs.next();
                secretHex = rs.getString(1);
            }
        }
        lap("execute: read blobs");
        DrawDefinition definition = new DrawDefinition(drawId, FrozenInputs.frame(frameText, orgsText),
                FrozenInputs.params(params), FrozenInputs.roster(roster), FrozenInputs.conflicts(conflicts));
        lap("execute: rebuild frame from blobs");
        String beacon = "bench beacon " + drawId;
        DrawResult result = DrawProtocol.execute(definition, announced.announcement(), beacon, Secret.ofHex(secretHex));
        lap("execute: DrawProtocol.execute (re-hash, seed, 2a, 2b)");
        try (PreparedStatement p = c.prepareStatement("UPDATE draw_announcement SET status = 'EXECUTED', beacon = ?, "
                + "seed = ?, secret = ?, load_cap = ?, executed_at = now(), executed_by = 'bench' WHERE draw_id = ?")) {
            p.setString(1, beacon);
            p.setString(2, result.seed());
            p.setString(3, secretHex);
            p.setInt(4, result.cap());
            p.setString(5, drawId);
            p.executeUpdate();
        }
        StringBuilder csv = new StringBuilder(result.selected().size() * 160);
        int k = 0;
        for (SelectedEntity e : result.selected()) {
            csv.append(drawId).append(',').append(++k).append(',').append(e.uscc()).append(',').append(e.stratum())
                    .append(',').append(e.ticket()).append(',').append(e.orgCode()).append(",\"{")
                    .append(String.join(",", e.inspectors())).append("}\"\n");
        }
        c.unwrap(PGConnection.class).getCopyAPI().copyIn("COPY draw_selection (draw_id, order_no, uscc, stratum, "
                + "ticket, org_code, inspectors) FROM STDIN (FORMAT csv)", new StringReader(csv.toString()));
        c.commit();
        lap("execute: persist selection (UPDATE + COPY)");
        return new Executed(result, beacon);
    }

    /** The naive peer: ORDER BY random() per class, teams dealt round-robin from a shuffled roster. */
    static int naive(Connection c) throws Exception {
        c.setAutoCommit(true);
        List<String> selected = new ArrayList<>();
        for (String s : CLASSES) {
            long size;
            try (PreparedStatement p = c.prepareStatement("SELECT count(*) FROM bench_entity WHERE stratum = ?")) {
                p.setString(1, s);
                try (ResultSet rs = p.executeQuery()) {
                    rs.next();
                    size = rs.getLong(1);
                }
            }
            long k = (size * RATIO_BP + 9_999) / 10_000;
            try (PreparedStatement p = c.prepareStatement(
                    "SELECT uscc FROM bench_entity WHERE stratum = ? ORDER BY random() LIMIT ?")) {
                p.setString(1, s);
                p.setLong(2, k);
                try (ResultSet rs = p.executeQuery()) {
                    while (rs.next()) {
                        selected.add(rs.getString(1));
                    }
                }
            }
        }
        List<String> inspectors = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT id FROM bench_inspector")) {
            while (rs.next()) {
                inspectors.add(rs.getString(1));
            }
        }
        Collections.shuffle(inspectors, new Random());
        Map<String, List<String>> teams = new LinkedHashMap<>();
        int next = 0;
        for (String uscc : selected) {
            teams.put(uscc, List.of(inspectors.get(next++ % inspectors.size()), inspectors.get(next++ % inspectors.size())));
        }
        return teams.size();
    }

    static void writeRecord(Connection c, String drawId, Announced a, Executed e, Path dir) throws Exception {
        Map<String, Object> json = new LinkedHashMap<>();
        Announcement an = a.announcement();
        json.put("protocol", "FD-DRAW-1");
        json.put("drawId", drawId);
        json.put("taskId", "BENCH");
        json.put("frameHash", an.frameHash());
        json.put("frameSize", an.frameSize());
        List<Map<String, Object>> strata = new ArrayList<>();
        for (StratumOutcome s : e.result().strata()) {
            strata.add(Map.of("stratum", s.stratum(), "size", s.size(), "ratioBp", s.ratioBp(), "min", s.min(),
                    "sample", s.sample()));
        }
        json.put("strata", strata);
        json.put("team", 2);
        json.put("capSlack", 1);
        json.put("crossOrg", true);
        json.put("paramsHash", an.paramsHash());
        json.put("rosterHash", an.rosterHash());
        json.put("rosterSize", an.rosterSize());
        json.put("conflictsHash", an.conflictsHash());
        json.put("commitment", an.commitment());
        json.put("beaconSource", "bench beacon");
        json.put("beacon", e.beacon());
        json.put("secret", a.secret().hex());
        json.put("seed", e.result().seed());
        List<Map<String, Object>> selected = new ArrayList<>();
        for (SelectedEntity s : e.result().selected()) {
            selected.add(Map.of("uscc", s.uscc(), "stratum", s.stratum(), "ticket", s.ticket(), "orgCode", s.orgCode(),
                    "inspectors", s.inspectors()));
        }
        json.put("selected", selected);
        json.put("substitutions", List.of());
        byte[] orgs = FrozenInputs.orgsText(a.definition().frame());
        json.put("orgsHash", FrozenInputs.orgsHash(orgs));
        Files.write(dir.resolve("record.json"), JsonMapper.builder().build().writeValueAsBytes(json));
        Files.write(dir.resolve("frame.csv"), a.definition().frame().canonicalBytes());
        Files.write(dir.resolve("orgs.csv"), orgs);
        Files.writeString(dir.resolve("roster.csv"), a.definition().roster().canonicalText(), StandardCharsets.US_ASCII);
        Files.writeString(dir.resolve("conflicts.csv"), a.definition().conflicts().canonicalText(), StandardCharsets.US_ASCII);
    }

    /** Entities, inspectors and conflicts generated in the database, plus the draw tables of the app. */
    static void setUp(Connection c, int n) throws Exception {
        String migration = new String(Bench.class.getClassLoader()
                .getResourceAsStream("db/migration/draw/V20261127_1500__draw.sql").readAllBytes(), StandardCharsets.UTF_8);
        try (Statement s = c.createStatement()) {
            s.execute(migration);
            s.execute("CREATE UNLOGGED TABLE bench_entity (uscc text PRIMARY KEY, stratum text NOT NULL, org_code text NOT NULL)");
            // 18-character codes, 10/40/40/10 % in classes A–D, 14 supervising units; random order on disk.
            s.execute("INSERT INTO bench_entity SELECT '91650000MA' || upper(lpad(to_hex(i * 2654435761 % 4294967296), 8, '0')), "
                    + "CASE WHEN i % 10 = 0 THEN 'A' WHEN i % 10 < 5 THEN 'B' WHEN i % 10 < 9 THEN 'C' ELSE 'D' END, "
                    + "'D' || lpad((i % 14 + 1)::text, 2, '0') FROM generate_series(1, " + n + ") i ORDER BY random()");
            s.execute("CREATE TABLE bench_inspector AS SELECT 'XJ-' || lpad(i::text, 4, '0') AS id, "
                    + "'D' || lpad((i % 14 + 1)::text, 2, '0') AS org_code FROM generate_series(1, " + INSPECTORS + ") i");
            s.execute("CREATE TABLE bench_conflict AS SELECT 'XJ-' || lpad((i % " + INSPECTORS + " + 1)::text, 4, '0') "
                    + "AS inspector_id, uscc FROM (SELECT uscc, row_number() OVER () AS i FROM bench_entity LIMIT 1000) x");
            s.execute("ANALYZE");
        }
    }

    static long lapStart = System.nanoTime();

    /** Phase breakdown: time since the previous lap (the first lap of a phase starts at its start). */
    static void lap(String what) {
        long now = System.nanoTime();
        System.out.printf("  %-60s %7.3f s%n", what, (now - lapStart) / 1e9);
        lapStart = now;
    }

    static void resetPeaks() {
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    /** Sum of the heap pools' peaks since the last reset (an upper bound of the live peak). */
    static long peakHeap() {
        long sum = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                sum += pool.getPeakUsage().getUsed();
            }
        }
        return sum;
    }

    static double secs(long start) {
        return (System.nanoTime() - start) / 1e9;
    }
}
