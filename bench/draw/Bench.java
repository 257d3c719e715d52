import io.fairdraw.draw.domain.FrozenFrameChunks;
import io.fairdraw.draw.domain.FrozenInputs;
import io.fairdraw.draw.domain.SelectionCopy;
import io.fairdraw.draw.protocol.Announcement;
import io.fairdraw.draw.protocol.ConflictPair;
import io.fairdraw.draw.protocol.Conflicts;
import io.fairdraw.draw.protocol.DrawDefinition;
import io.fairdraw.draw.protocol.DrawParams;
import io.fairdraw.draw.protocol.DrawProtocol;
import io.fairdraw.draw.protocol.DrawResult;
import io.fairdraw.draw.protocol.Frame;
import io.fairdraw.draw.protocol.FrameBuilder;
import io.fairdraw.draw.protocol.Roster;
import io.fairdraw.draw.protocol.RosterEntry;
import io.fairdraw.draw.protocol.Secret;
import io.fairdraw.draw.protocol.SelectedEntity;
import io.fairdraw.draw.protocol.StratumOutcome;
import io.fairdraw.draw.protocol.StratumParams;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
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
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import tools.jackson.databind.json.JsonMapper;

/**
 * Whole-flow draw benchmark (issue 5 item 6), run by run.sh with the application's classes on the
 * class path:  java -cp CP Bench.java ENTITIES [ROUNDS]
 *
 * On an embedded PostgreSQL 17 (zonky, started here) it generates ENTITIES entities in 4 classes
 * (10/40/40/10 %) into a table and 300 inspectors, then times, in the same run:
 *   announce = read the frame rows in USCC byte order (ORDER BY uscc COLLATE "C": the plan's frame
 *              function delivers them sorted, so Frame.builder only checks the order), every hash, the org text,
 *              the commitment, and INSERT of the announcement with its two blobs;
 *   execute  = read the two blobs back, rebuild the frame, DrawProtocol.execute (seed, 2a, 2b) with the
 *              selection streamed by COPY as its teams are drawn (SelectionCopy), UPDATE the
 *              announcement, in one transaction;
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
        // The embedded server's INFO lines would bury the figures.
        ((ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME))
                .setLevel(ch.qos.logback.classic.Level.WARN);
        int n = Integer.parseInt(args[0]);
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        Path work = Files.createTempDirectory("fd-draw-bench-");
        // The operator's embedded server, started as the application starts it (system/db/
        // EmbeddedPostgresServer): durability on (zonky's own defaults are fsync off and
        // synchronous_commit=off), its buffer and WAL settings.
        try (EmbeddedPostgres pg = io.fairdraw.system.db.EmbeddedPostgresServer.forDirectory(work.resolve("pg"));
             Connection c = pg.getPostgresDatabase(Map.of("prepareThreshold", "-1")).getConnection()) {
            long t = System.nanoTime();
            // The draw module's own migrations, applied by Flyway as the application applies them.
            org.flywaydb.core.Flyway.configure().dataSource(pg.getPostgresDatabase())
                    .locations("classpath:db/migration/draw").load().migrate();
            setUp(c, n);
            System.out.printf("setup: %,d entities and %d inspectors generated in %.1f s (not timed below)%n",
                    n, INSPECTORS, secs(t));
            if (!"0".equals(System.getenv("FD_BENCH_WARMUP"))) {
                warmUp(c);
            }
            List<Round> results = new ArrayList<>();
            for (int round = 1; round <= rounds; round++) {
                results.add(round(c, n, round, work));
            }
            summary(n, results);
        } finally {
            try (var files = Files.walk(work)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    /**
     * One draw announced and executed before the timed rounds, as a server that has drawn before
     * (FD_BENCH_WARMUP=0 leaves it out). The naive draw runs in a PostgreSQL server that is warm from
     * the set-up; without this, the first rounds' execute also paid the JIT compiling the draw code
     * (the JIT figure of each phase, bench/draw/README.md): a fresh JVM's first draw. Its times are printed, not counted in the medians.
     */
    static void warmUp(Connection c) throws Exception {
        System.out.printf("%n-- warm-up draw (a fresh JVM's first draw; not in the medians)%n");
        long t = System.nanoTime();
        lapStart = t;
        lapCpu = cpu();
        Announced announced = announce(c, "WARMUP");
        double announceS = secs(t);
        t = System.nanoTime();
        lapStart = t;
        lapCpu = cpu();
        execute(c, "WARMUP", announced);
        System.out.printf("warm-up: announce %.3f s, execute %.3f s%n", announceS, secs(t));
    }

    /** One round's wall times (s), peak heaps (MB) and the load average around it. */
    record Round(double announce, double execute, double naive, double verify, long announceHeap, long executeHeap,
                 String loadBefore, String loadAfter, boolean verified) {
    }

    static Round round(Connection c, int n, int round, Path work) throws Exception {
        String drawId = "BENCH-" + round;
        String loadBefore = loadAverage();
        System.out.printf("%n-- round %d, load average %s%n", round, loadBefore);
        System.gc();
        resetPeaks();
        long t = System.nanoTime();
        lapStart = t;
        lapCpu = cpu();
        Announced announced = announce(c, drawId);
        double announceS = secs(t);
        long announceHeap = peakHeap();

        System.gc();
        resetPeaks();
        t = System.nanoTime();
        lapStart = t;
        lapCpu = cpu();
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
        double verifyS = Double.NaN;
        int verifyExit = -1;
        List<String> out = List.of("skipped (FD_BENCH_VERIFY=0: for iterating on the server side, never for figures)");
        if (!"0".equals(System.getenv("FD_BENCH_VERIFY"))) {
            t = System.nanoTime();
            Process verify = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "verifier/Verify.java", dir.resolve("record.json").toString(), dir.resolve("frame.csv").toString(),
                    dir.resolve("roster.csv").toString(), dir.resolve("conflicts.csv").toString(),
                    "--orgs", dir.resolve("orgs.csv").toString())
                    .redirectErrorStream(true).redirectOutput(dir.resolve("verify.out").toFile()).start();
            if (!verify.waitFor(30, TimeUnit.MINUTES)) {
                verify.destroyForcibly();
            }
            verifyS = secs(t);
            verifyExit = verify.exitValue();
            out = Files.readAllLines(dir.resolve("verify.out"));
        }

        String keep = System.getenv("FD_BENCH_KEEP");
        if (keep != null && !keep.isBlank()) {
            // The produced record and texts, to run Verify.java on them alone (FD_BENCH_KEEP=dir).
            Path target = Files.createDirectories(Path.of(keep).resolve(drawId));
            try (var files = Files.list(dir)) {
                for (Path file : files.toList()) {
                    Files.copy(file, target.resolve(file.getFileName()), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
        String loadAfter = loadAverage();
        System.out.printf("%n== round %d: %,d entities, %d inspectors, %d cores, max heap %d MB, load average %s -> %s%n",
                round, n, INSPECTORS, Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20,
                loadBefore, loadAfter);
        System.out.printf("announce (frame freeze + hashes + persist): %7.3f s  %5.2f x naive  peak heap %5d MB%n",
                announceS, announceS / naiveS, announceHeap >> 20);
        System.out.printf("execute (2a + 2b + persist selection):      %7.3f s  %5.2f x naive  peak heap %5d MB  (%,d selected)%n",
                executeS, executeS / naiveS, executeHeap >> 20, executed.result.selected().size());
        System.out.printf("naive (ORDER BY random() + round-robin):    %7.3f s  %5.2f x naive  peak heap %5d MB  (%,d selected)%n",
                naiveS, 1.0, naiveHeap >> 20, naiveSelected);
        System.out.printf("Verify.java on the record (process):        %7.3f s  exit %d: %s%n", verifyS,
                verifyExit, out.isEmpty() ? "" : out.get(out.size() - 1));
        System.out.printf("RESULT n=%d round=%d announce=%.3f execute=%.3f naive=%.3f verify=%.3f announce_heap_mb=%d "
                        + "execute_heap_mb=%d%n", n, round, announceS, executeS, naiveS, verifyS, announceHeap >> 20,
                executeHeap >> 20);
        return new Round(announceS, executeS, naiveS, verifyS, announceHeap >> 20, executeHeap >> 20, loadBefore,
                loadAfter, verifyExit == 0);
    }

    /** Medians over the rounds; the ratios are medians of each round's ratio to its own naive draw. */
    static void summary(int n, List<Round> rounds) {
        System.out.printf("%n== %,d entities, %d rounds (medians; each ratio against the same round's naive draw)%n",
                n, rounds.size());
        for (Round r : rounds) {
            System.out.printf("   load average %s -> %s: announce %.3f s (%.2f x), execute %.3f s (%.2f x), "
                            + "naive %.3f s, Verify.java %.3f s%s%n", r.loadBefore(), r.loadAfter(), r.announce(),
                    r.announce() / r.naive(), r.execute(), r.execute() / r.naive(), r.naive(), r.verify(),
                    r.verified() ? "" : " NOT VERIFIED");
        }
        System.out.printf("announce  %7.3f s  %5.2f x naive  (target <= 2)    peak heap %5d MB%n",
                median(rounds, Round::announce), median(rounds, r -> r.announce() / r.naive()),
                rounds.stream().mapToLong(Round::announceHeap).max().orElse(0));
        System.out.printf("execute   %7.3f s  %5.2f x naive  (target <= 1.6)  peak heap %5d MB%n",
                median(rounds, Round::execute), median(rounds, r -> r.execute() / r.naive()),
                rounds.stream().mapToLong(Round::executeHeap).max().orElse(0));
        System.out.printf("naive     %7.3f s%n", median(rounds, Round::naive));
        System.out.printf("Verify    %7.3f s  (target <= 60 s at 1,000,000, issue 22)%n", median(rounds, Round::verify));
        System.out.printf("MEDIAN n=%d rounds=%d announce=%.3f execute=%.3f naive=%.3f verify=%.3f announce_x=%.2f "
                        + "execute_x=%.2f%n", n, rounds.size(), median(rounds, Round::announce),
                median(rounds, Round::execute), median(rounds, Round::naive), median(rounds, Round::verify),
                median(rounds, r -> r.announce() / r.naive()), median(rounds, r -> r.execute() / r.naive()));
    }

    static double median(List<Round> rounds, java.util.function.ToDoubleFunction<Round> value) {
        double[] values = rounds.stream().mapToDouble(value).sorted().toArray();
        int m = values.length / 2;
        return values.length % 2 == 1 ? values[m] : (values[m - 1] + values[m]) / 2;
    }

    /** 1-, 5- and 15-minute load averages (Linux), to read the times against the machine's load. */
    static String loadAverage() {
        try {
            String[] parts = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return parts[0] + " " + parts[1] + " " + parts[2];
        } catch (Exception e) {
            return String.format("%.2f", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        }
    }

    record Announced(Announcement announcement, DrawDefinition definition, Secret secret, String orgsHash) {
    }

    record Executed(DrawResult result, String beacon) {
    }

    /** §1 on the database: the frame rows in USCC byte order, every hash, the two blobs persisted. */
    static Announced announce(Connection c, String drawId) throws Exception {
        c.setAutoCommit(false);
        // Each row goes into the frame builder as DrawAnnouncer adds each entry of the plan's frame
        // function: three strings, validated, appended to the builder's byte buffers. The frame function
        // delivers them sorted by USCC (FrameRules.Result); here PostgreSQL sorts them, inside the timing.
        FrameBuilder builder = Frame.builder(1 << 16);
        try (Statement s = c.createStatement()) {
            s.setFetchSize(50_000);
            try (ResultSet rs = s.executeQuery("SELECT uscc, stratum, org_code FROM bench_entity ORDER BY uscc COLLATE \"C\"")) {
                while (rs.next()) {
                    builder.add(rs.getString(1), rs.getString(2), rs.getString(3));
                }
            }
        }
        lap("announce: read frame rows sorted (JDBC) into Frame.builder");
        Frame frame = builder.build();
        builder = null;
        frame.hash();
        lap("announce: order check, canonical text, frame hash");
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
        String orgsHash = frame.orgsHash();
        byte[] orgCodes = frame.orgCodeLines();
        lap("announce: roster, conflicts, params, org text + hash, commitment");
        try (PreparedStatement p = c.prepareStatement("INSERT INTO draw_announcement (draw_id, task_id, task_ref, "
                + "task_name, unit_code, attempt, status, announced_at, announced_by, frame_hash, orgs_hash, "
                + "frame_size, params, params_hash, team_size, cap_slack, cross_org, roster, roster_hash, roster_size, "
                + "conflicts, conflicts_hash, commitment, beacon_source) VALUES (?,?,'BENCH','bench','D01',1,'ANNOUNCED',"
                + "now(),'bench',?,?,?,?,?,2,1,true,?,?,?,?,?,?,'bench beacon')")) {
            int i = 0;
            p.setString(++i, drawId);
            p.setLong(++i, drawId.hashCode());
            p.setString(++i, a.frameHash());
            p.setString(++i, orgsHash);
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
        FrozenFrameChunks.write(c, drawId, frame.canonicalBytes(), orgCodes);
        try (PreparedStatement p = c.prepareStatement("INSERT INTO draw_secret (draw_id, secret) VALUES (?, ?)")) {
            p.setString(1, drawId);
            p.setString(2, secret.hex());
            p.executeUpdate();
        }
        c.commit();
        lap("announce: persist (frame text + org codes blobs)");
        return new Announced(a, definition, secret, orgsHash);
    }

    /** §2 as DrawService runs it: blobs read back, frame rebuilt, seed, selection, teams, persisted. */
    static Executed execute(Connection c, String drawId, Announced announced) throws Exception {
        c.setAutoCommit(false);
        byte[] frameText;
        byte[] orgCodes;
        String params;
        String roster;
        String conflicts;
        try (PreparedStatement p = c.prepareStatement("SELECT params, roster, conflicts FROM draw_announcement "
                + "WHERE draw_id = ? FOR UPDATE")) {
            p.setString(1, drawId);
            try (ResultSet rs = p.executeQuery()) {
                rs.next();
                params = rs.getString(1);
                roster = rs.getString(2);
                conflicts = rs.getString(3);
            }
        }
        FrozenFrameChunks.Texts frozen = FrozenFrameChunks.read(c, drawId);
        frameText = frozen.frame();
        orgCodes = frozen.orgCodes();
        String secretHex;
        try (PreparedStatement p = c.prepareStatement("SELECT secret FROM draw_secret WHERE draw_id = ?")) {
            p.setString(1, drawId);
            try (ResultSet rs = p.executeQuery()) {
                rs.next();
                secretHex = rs.getString(1);
            }
        }
        lap("execute: read blobs");
        DrawDefinition definition = new DrawDefinition(drawId, FrozenInputs.frameWithHashes(frameText, orgCodes),
                FrozenInputs.params(params), FrozenInputs.roster(roster), FrozenInputs.conflicts(conflicts));
        if (!definition.frame().orgsHash().equals(announced.orgsHash())) {
            throw new IllegalStateException("stored org codes no longer match the announced hash");
        }
        lap("execute: rebuild frame from blobs, org text hash");
        String beacon = "bench beacon " + drawId;
        DrawResult result;
        // As DrawService: the selection goes to the database by COPY while the later teams are drawn.
        try (SelectionCopy selection = new SelectionCopy(new SingleConnectionDataSource(c, true), drawId)) {
            result = DrawProtocol.execute(definition, announced.announcement(), beacon, Secret.ofHex(secretHex),
                    selection::add);
            lap("execute: DrawProtocol.execute (re-hash, seed, 2a, 2b) + rows streamed");
            selection.finish();
            lap("execute: end of COPY");
        }
        try (PreparedStatement p = c.prepareStatement("UPDATE draw_announcement SET status = 'EXECUTED', beacon = ?, "
                + "seed = ?, secret = ?, load_cap = ?, executed_at = now(), executed_by = 'bench' WHERE draw_id = ?")) {
            p.setString(1, beacon);
            p.setString(2, result.seed());
            p.setString(3, secretHex);
            p.setInt(4, result.cap());
            p.setString(5, drawId);
            p.executeUpdate();
        }
        c.commit();
        lap("execute: UPDATE, commit");
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
        byte[] orgs = a.definition().frame().orgsText();
        json.put("orgsHash", a.orgsHash());
        Files.write(dir.resolve("record.json"), JsonMapper.builder().build().writeValueAsBytes(json));
        Files.write(dir.resolve("frame.csv"), a.definition().frame().canonicalBytes());
        Files.write(dir.resolve("orgs.csv"), orgs);
        Files.writeString(dir.resolve("roster.csv"), a.definition().roster().canonicalText(), StandardCharsets.US_ASCII);
        Files.writeString(dir.resolve("conflicts.csv"), a.definition().conflicts().canonicalText(), StandardCharsets.US_ASCII);
    }

    /** Entities, inspectors and conflicts generated in the database, plus the draw tables of the app. */
    static void setUp(Connection c, int n) throws Exception {
        try (Statement s = c.createStatement()) {
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
    static long lapCpu = cpu();

    /** Phase breakdown: wall time and this JVM's CPU time (all threads, GC included) since the previous lap. */
    static void lap(String what) {
        long now = System.nanoTime();
        long cpu = cpu();
        long jit = ManagementFactory.getCompilationMXBean().getTotalCompilationTime();
        long faults = pageFaults();
        // JIT: the compiler threads' time; page faults: first touches of memory.
        System.out.printf("  %-58s %7.3f s  (JVM CPU %6.3f s, JIT %4d ms, page faults %,7d)%n", what,
                (now - lapStart) / 1e9, (cpu - lapCpu) / 1e9, jit - lapJit, faults - lapFaults);
        lapStart = now;
        lapCpu = cpu;
        lapJit = jit;
        lapFaults = faults;
    }

    static long lapJit;
    static long lapFaults;

    /** Minor page faults of this process so far (Linux /proc/self/stat field 10), or 0 elsewhere. */
    static long pageFaults() {
        try {
            String stat = Files.readString(Path.of("/proc/self/stat"));
            return Long.parseLong(stat.substring(stat.lastIndexOf(')') + 2).split(" ")[7]);
        } catch (Exception e) {
            return 0;
        }
    }

    static long cpu() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
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
