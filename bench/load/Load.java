import io.fairdraw.registry.EntityStatus;
import io.fairdraw.registry.domain.SyntheticEntities;
import io.fairdraw.shared.SupervisionField;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Array;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Mixed workload against a running Fairdraw (run.sh starts it): USERS virtual users for SECONDS,
 * each picking by weight: portal reads (catalog, draw list, a draw page and its JSON), a form
 * login with CSRF and a dashboard, a registry import of 20 new entities (API, liaison.d01/d02),
 * an API read of an entity imported earlier; and one draw (plan and task through the pages,
 * submit/approve/publish/announce/execute through the API) in the middle of the run.
 * Reports per kind: requests, throughput, p50/p99/max latency, errors. Afterwards every
 * acknowledged write is looked up in the database. Exit 1 on any 5xx, unexpected status,
 * exception or lost write.
 *   java -cp app-classes Load BASE_URL JDBC_URL SECONDS USERS
 */
public class Load {

    static final String PASSWORD = "Fairdraw@2026";
    static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    static final Pattern TOKEN = Pattern.compile("id=\"token-value\"[^>]*>(fd_[A-Za-z0-9_-]{43})<");
    static final String AUTH = System.getenv().getOrDefault("AUTH", "token");
    static final Map<String, String> tokens = new ConcurrentHashMap<>();
    static final Pattern DRAW_ID = Pattern.compile("\"drawId\"\\s*:\\s*\"([^\"]+)\"");

    record Sample(String kind, long nanos, int status, String error) {
    }

    static String base;
    static final ConcurrentLinkedQueue<Sample> samples = new ConcurrentLinkedQueue<>();
    static final ConcurrentLinkedQueue<String> acknowledgedCodes = new ConcurrentLinkedQueue<>();
    static final List<String> acknowledgedList = Collections.synchronizedList(new ArrayList<>());
    static final AtomicLong seeds = new AtomicLong(1);
    static final Map<String, String> drawWrites = new ConcurrentHashMap<>();
    static List<String> drawIds = List.of();
    static Properties zh;

    public static void main(String[] args) throws Exception {
        base = args[0];
        String jdbc = args[1];
        int seconds = Integer.parseInt(args[2]);
        int users = Integer.parseInt(args[3]);
        zh = new Properties();
        try (InputStream in = Load.class.getClassLoader().getResourceAsStream("messages.properties")) {
            zh.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        HttpClient anon = client();
        drawIds = new ArrayList<>();
        Matcher m = DRAW_ID.matcher(anon.send(get("/public/draws.json"), HttpResponse.BodyHandlers.ofString()).body());
        while (m.find()) {
            drawIds.add(m.group(1));
        }
        if (!AUTH.equals("basic")) {
            createTokens();
        }
        System.out.printf("load: %d users, %d s against %s (published draws: %d), API auth: %s%n", users, seconds, base,
                drawIds.size(), AUTH.equals("basic") ? "HTTP Basic (bcrypt per request)" : "API tokens (Bearer)");

        long end = System.nanoTime() + seconds * 1_000_000_000L;
        List<Thread> threads = new ArrayList<>();
        for (int u = 0; u < users; u++) {
            int user = u;
            Thread t = new Thread(() -> user(user, end));
            t.start();
            threads.add(t);
        }
        Thread draw = new Thread(() -> {
            sleep(seconds * 1000L / 2);
            theDraw(jdbc);
        });
        draw.start();
        long t0 = System.nanoTime();
        for (Thread t : threads) {
            t.join();
        }
        draw.join();
        double elapsed = (System.nanoTime() - t0) / 1e9;

        boolean failed = report(elapsed);
        failed |= checkWrites(jdbc);
        System.out.println(failed ? "RESULT: FAILED" : "RESULT: OK (zero 5xx, zero errors, zero lost writes)");
        System.exit(failed ? 1 : 0);
    }

    static void user(int user, long end) {
        SplittableRandom rnd = new SplittableRandom(user * 7919L);
        HttpClient anon = client();
        while (System.nanoTime() < end) {
            int x = rnd.nextInt(100);
            if (x < 60) {
                String path = switch (rnd.nextInt(4)) {
                    case 0 -> "/public/catalog";
                    case 1 -> "/public/draws";
                    case 2 -> drawIds.isEmpty() ? "/public/draws" : "/public/draws/" + drawIds.get(rnd.nextInt(drawIds.size()));
                    default -> drawIds.isEmpty() ? "/public/draws.json"
                            : "/public/draws/" + drawIds.get(rnd.nextInt(drawIds.size())) + ".json";
                };
                timed("portal read", 200, () -> anon.send(get(path), HttpResponse.BodyHandlers.ofString()));
            } else if (x < 80) {
                login(rnd.nextBoolean() ? "planner.d01" : "inspector.d02a");
            } else if (x < 90) {
                importRows(user % 2 == 0 ? "d01" : "d02");
            } else {
                List<String> codes = acknowledgedList;
                String code;
                synchronized (codes) {
                    code = codes.isEmpty() ? null : codes.get(rnd.nextInt(codes.size()));
                }
                if (code != null) {
                    timed("api read (own write)", 200, () -> anon.send(api("GET", "/api/v1/registry/entities/" + code,
                            "liaison.d01", null),
                            HttpResponse.BodyHandlers.ofString()));
                }
            }
        }
    }

    static void login(String user) {
        HttpClient browser = client();
        HttpResponse<String> form = timed("login", 200, () -> browser.send(get("/login"), HttpResponse.BodyHandlers.ofString()));
        if (form == null) {
            return;
        }
        Matcher m = CSRF.matcher(form.body());
        if (!m.find()) {
            samples.add(new Sample("login", 0, form.statusCode(), "no CSRF token on /login"));
            return;
        }
        HttpResponse<String> r = timed("login", 302, () -> browser.send(postForm("/login",
                Map.of("username", user, "password", PASSWORD, "_csrf", m.group(1))), HttpResponse.BodyHandlers.ofString()));
        if (r != null && r.headers().firstValue("Location").orElse("").contains("error")) {
            samples.add(new Sample("login", 0, r.statusCode(), "login refused for " + user));
            return;
        }
        timed("dashboard", 200, () -> browser.send(get("/"), HttpResponse.BodyHandlers.ofString()));
    }

    /** 20 new entities of the liaison's division; the codes count as written once the API said 200. */
    static void importRows(String unit) {
        long seed = 1_000_000L + seeds.getAndIncrement();
        SyntheticEntities gen = new SyntheticEntities(seed * 31 + unit.hashCode(), List.of(unit.toUpperCase()));
        Map<SupervisionField, String> fields = new EnumMap<>(SupervisionField.class);
        for (SupervisionField f : SupervisionField.values()) {
            fields.put(f, zh.getProperty("field." + f.name()));
        }
        Map<EntityStatus, String> statuses = new EnumMap<>(EntityStatus.class);
        for (EntityStatus s : EntityStatus.values()) {
            statuses.put(s, zh.getProperty("registry.status." + s.name()));
        }
        StringBuilder csv = new StringBuilder();
        csv.append(List.of("uscc", "name", "entity_type", "field", "unit", "address", "legal_rep", "license_no", "status",
                "risk_class").stream().map(k -> q(zh.getProperty("registry.column." + k))).collect(Collectors.joining(",")))
                .append("\r\n");
        List<String> codes = new ArrayList<>();
        while (codes.size() < 20) {
            SyntheticEntities.Row r = gen.next();
            if (codes.contains(r.uscc())) {
                continue;
            }
            codes.add(r.uscc());
            csv.append(SyntheticEntities.templateRow(r, fields, statuses).stream().map(Load::q)
                    .collect(Collectors.joining(","))).append("\r\n");
        }
        String boundary = "----fdload" + seed;
        String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"load-" + seed
                + ".csv\"\r\nContent-Type: text/csv\r\n\r\n" + csv + "\r\n--" + boundary + "--\r\n";
        HttpRequest req = HttpRequest.newBuilder(URI.create(base + "/api/v1/registry/imports"))
                .header("Authorization", auth("liaison." + unit)).header("Accept", "application/json")
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build();
        HttpResponse<String> r = timed("registry import (20 rows)", 200,
                () -> client().send(req, HttpResponse.BodyHandlers.ofString()));
        if (r != null && r.statusCode() == 200) {
            if (!r.body().contains("\"inserted\":20")) {
                samples.add(new Sample("registry import (20 rows)", 0, r.statusCode(), "unexpected counts: "
                        + r.body().substring(0, Math.min(200, r.body().length()))));
            }
            if (unit.equals("d01")) {
                acknowledgedList.addAll(codes);
            }
            acknowledgedCodes.addAll(codes);
        }
    }

    /** One draw through pages and API, as planner and reviewer of D01 do it. */
    static void theDraw(String jdbc) {
        try {
            HttpClient planner = client();
            String csrf = csrf(planner, "/login");
            planner.send(postForm("/login", Map.of("username", "planner.d01", "password", PASSWORD, "_csrf", csrf)),
                    HttpResponse.BodyHandlers.ofString());
            csrf = csrf(planner, "/plans");
            HttpResponse<String> plan = timed("draw setup (pages)", 302, () -> planner.send(postForm("/plans",
                    Map.of("year", "2030", "title", "2030 load test", "_csrf", csrf(planner, "/plans"))),
                    HttpResponse.BodyHandlers.ofString()));
            long planId = idFrom(plan);
            long item;
            try (Connection c = DriverManager.getConnection(jdbc, "postgres", "");
                 ResultSet rs = c.createStatement().executeQuery("SELECT v.id FROM catalog_item_version v JOIN "
                         + "catalog_item i ON i.id = v.item_id WHERE i.code = 'D01-TD-001' ORDER BY v.version_no DESC LIMIT 1")) {
                rs.next();
                item = rs.getLong(1);
            }
            Map<String, String> task = new LinkedHashMap<>();
            task.put("name", "2030 load test task");
            task.put("itemVersionIds", String.valueOf(item));
            task.put("teamSize", "2");
            // A generous cap slack: the staffing condition (issue 17) grows with the frame, and this run
            // adds thousands of D01 entities before the draw; the run measures load, not team balance.
            task.put("capSlack", "40");
            task.put("coolDownMonths", "12");
            task.put("periodStart", "2030-04-01");
            task.put("periodEnd", "2030-10-31");
            task.put("beaconSource", "load test dice");
            task.put("statuses", "ACTIVE");
            task.put("entityTypes", "");
            for (String s : new String[] {"A", "B", "C", "D", "X"}) {
                task.put("ratio" + s, "5");
                task.put("min" + s, "0");
            }
            task.put("_csrf", csrf(planner, "/plans/" + planId + "/tasks/new"));
            long taskId = idFrom(timed("draw setup (pages)", 302, () -> planner.send(postForm("/plans/" + planId + "/tasks",
                    task), HttpResponse.BodyHandlers.ofString())));
            HttpClient api = client();
            for (String[] step : new String[][] {{"planner.d01", "submit"}, {"reviewer.d01", "approve"},
                    {"reviewer.d01", "publish"}}) {
                timed("draw setup (api)", 200, () -> api.send(api("POST", "/api/v1/plans/" + planId + "/" + step[1],
                        step[0], step[1].equals("approve") ? "{\"coverageReason\":\"load test\"}" : null),
                        HttpResponse.BodyHandlers.ofString()));
            }
            // FD-DRAW-1 §1 (issue 17): the beacon is declared at announcement, a moment later than now,
            // and execution waits for it: the demo dice source, five seconds ahead.
            java.time.Instant moment = java.time.Instant.now().plusSeconds(5).truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
            String declaration = "{\"beacon\":[{\"source\":\"DICE\",\"event\":\"load test\",\"availableAt\":\""
                    + java.time.OffsetDateTime.ofInstant(moment, java.time.ZoneId.of("Asia/Shanghai")) + "\"}]}";
            HttpResponse<String> announced = timed("draw announce", 201, () -> api.send(api("POST",
                    "/api/v1/tasks/" + taskId + "/draws", "planner.d01", declaration), HttpResponse.BodyHandlers.ofString()));
            Matcher m = DRAW_ID.matcher(announced.body());
            m.find();
            String drawId = m.group(1);
            Thread.sleep(Math.max(0, java.time.Duration.between(java.time.Instant.now(), moment).toMillis() + 200));
            HttpResponse<String> executed = timed("draw execute", 200, () -> api.send(api("POST",
                    "/api/v1/draws/" + drawId + "/execute", "planner.d01", "{\"beacon\":\"42613\"}"),
                    HttpResponse.BodyHandlers.ofString()));
            if (executed != null && executed.statusCode() == 200) {
                drawWrites.put(drawId, "EXECUTED");
            }
        } catch (Exception e) {
            samples.add(new Sample("draw", 0, -1, String.valueOf(e)));
        }
    }

    static boolean checkWrites(String jdbc) throws Exception {
        List<String> codes = new ArrayList<>(acknowledgedCodes);
        long found;
        try (Connection c = DriverManager.getConnection(jdbc, "postgres", "");
             PreparedStatement s = c.prepareStatement("SELECT count(*) FROM registry_entity WHERE uscc = ANY(?)")) {
            Array array = c.createArrayOf("text", codes.toArray());
            s.setArray(1, array);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                found = rs.getLong(1);
            }
            for (Map.Entry<String, String> d : drawWrites.entrySet()) {
                try (PreparedStatement ps = c.prepareStatement("SELECT status, (SELECT count(*) FROM draw_selection s "
                        + "WHERE s.draw_id = a.draw_id), (SELECT count(*) FROM inspection_visit v WHERE v.draw_id = a.draw_id) "
                        + "FROM draw_announcement a WHERE draw_id = ?")) {
                    ps.setString(1, d.getKey());
                    try (ResultSet rs = ps.executeQuery()) {
                        rs.next();
                        System.out.printf("draw %s: status %s, %d selected, %d visits%n", d.getKey(), rs.getString(1),
                                rs.getLong(2), rs.getLong(3));
                        if (!rs.getString(1).equals("EXECUTED") || rs.getLong(2) == 0 || rs.getLong(2) != rs.getLong(3)) {
                            found = -1;
                        }
                    }
                }
            }
        }
        HttpResponse<String> verify = client().send(api("GET", "/api/v1/audit/verify", "auditor", null),
                HttpResponse.BodyHandlers.ofString());
        boolean auditOk = verify.body().contains("\"ok\":true");
        System.out.printf("acknowledged writes: %d imported entities in %d imports + %d draw; found afterwards: %d "
                + "entities%s; audit log verify: %s%n", codes.size(), codes.size() / 20, drawWrites.size(), Math.max(found, 0),
                found < 0 ? " (A DRAW IS INCOMPLETE)" : "", auditOk ? "ok" : verify.body());
        boolean lost = found != codes.size() || drawWrites.size() != 1;
        if (lost) {
            System.out.println("LOST WRITES: " + (codes.size() - found) + " entities missing, draws " + drawWrites);
        }
        return lost || !auditOk;
    }

    static boolean report(double elapsed) {
        Map<String, List<Sample>> byKind = new TreeMap<>();
        for (Sample s : samples) {
            byKind.computeIfAbsent(s.kind(), k -> new ArrayList<>()).add(s);
        }
        boolean failed = false;
        long total = 0;
        long totalErrors = 0;
        long fiveXx = 0;
        List<Long> all = new ArrayList<>();
        System.out.printf("%-28s %8s %9s %9s %9s %9s %7s%n", "kind", "requests", "req/s", "p50 ms", "p99 ms", "max ms", "errors");
        for (var e : byKind.entrySet()) {
            List<Long> lat = e.getValue().stream().filter(s -> s.nanos() > 0).map(Sample::nanos).sorted().toList();
            long errors = e.getValue().stream().filter(s -> s.error() != null).count();
            fiveXx += e.getValue().stream().filter(s -> s.status() >= 500).count();
            total += lat.size();
            totalErrors += errors;
            all.addAll(lat);
            System.out.printf("%-28s %8d %9.1f %9.1f %9.1f %9.1f %7d%n", e.getKey(), lat.size(), lat.size() / elapsed,
                    pct(lat, 50), pct(lat, 99), pct(lat, 100), errors);
        }
        Collections.sort(all);
        System.out.printf("%-28s %8d %9.1f %9.1f %9.1f %9.1f %7d%n", "ALL", total, total / elapsed, pct(all, 50),
                pct(all, 99), pct(all, 100), totalErrors);
        System.out.printf("elapsed %.1f s; 5xx responses: %d%n", elapsed, fiveXx);
        Map<String, Long> errorKinds = samples.stream().filter(s -> s.error() != null)
                .collect(Collectors.groupingBy(s -> s.kind() + ": " + s.error(), TreeMap::new, Collectors.counting()));
        errorKinds.entrySet().stream().limit(20).forEach(e -> System.out.println("  error x" + e.getValue() + "  " + e.getKey()));
        failed |= totalErrors > 0 || fiveXx > 0;
        return failed;
    }

    static double pct(List<Long> sorted, int p) {
        if (sorted.isEmpty()) {
            return 0;
        }
        int i = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, i))) / 1e6;
    }

    interface Call {
        HttpResponse<String> send() throws Exception;
    }

    static HttpResponse<String> timed(String kind, int expected, Call call) {
        long t0 = System.nanoTime();
        try {
            HttpResponse<String> r = call.send();
            long nanos = System.nanoTime() - t0;
            String error = r.statusCode() == expected ? null : "status " + r.statusCode() + " (expected " + expected + ")";
            samples.add(new Sample(kind, nanos, r.statusCode(), error));
            return r;
        } catch (Exception e) {
            samples.add(new Sample(kind, System.nanoTime() - t0, -1, e.getClass().getSimpleName() + ": " + e.getMessage()));
            return null;
        }
    }

    static HttpClient client() {
        return HttpClient.newBuilder().cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(10)).build();
    }

    static HttpRequest get(String path) {
        return HttpRequest.newBuilder(URI.create(base + path)).header("Accept", "text/html").timeout(Duration.ofSeconds(60))
                .GET().build();
    }

    static HttpRequest postForm(String path, Map<String, String> fields) {
        String body = fields.entrySet().stream().map(e -> enc(e.getKey()) + "=" + enc(e.getValue()))
                .collect(Collectors.joining("&"));
        return HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Accept", "text/html")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
    }

    static HttpRequest api(String method, String path, String user, String json) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60))
                .header("Accept", "application/json").header("Authorization", auth(user));
        if (json != null) {
            b.header("Content-Type", "application/json");
        }
        return b.method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json))
                .build();
    }

    static String csrf(HttpClient c, String path) throws Exception {
        Matcher m = CSRF.matcher(c.send(get(path), HttpResponse.BodyHandlers.ofString()).body());
        if (!m.find()) {
            throw new IllegalStateException("no CSRF token on " + path);
        }
        return m.group(1);
    }

    static long idFrom(HttpResponse<String> r) {
        String location = r.headers().firstValue("Location").orElseThrow(() -> new IllegalStateException(
                r.statusCode() + " " + r.body().substring(0, Math.min(300, r.body().length()))));
        return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
    }

    /**
     * issue 18 §5: the API is called with an API token ({@code AUTH=token}, the default; one per
     * account, created on its profile page before the run) or, for the baseline, with HTTP Basic
     * ({@code AUTH=basic}: a bcrypt per request).
     */
    static String auth(String user) {
        if (AUTH.equals("basic")) {
            return basic(user);
        }
        String token = tokens.get(user);
        if (token == null) {
            throw new IllegalStateException("no API token for " + user);
        }
        return "Bearer " + token;
    }

    static void createTokens() throws Exception {
        for (String user : List.of("liaison.d01", "liaison.d02", "planner.d01", "reviewer.d01", "auditor")) {
            HttpClient c = client();
            String csrf = csrf(c, "/login");
            c.send(postForm("/login", Map.of("username", user, "password", PASSWORD, "_csrf", csrf)),
                    HttpResponse.BodyHandlers.ofString());
            csrf = csrf(c, "/profile/tokens");
            String page = c.send(postForm("/profile/tokens", Map.of("name", "bench-load", "days", "1", "_csrf", csrf)),
                    HttpResponse.BodyHandlers.ofString()).body();
            Matcher m = TOKEN.matcher(page);
            if (!m.find()) {
                throw new IllegalStateException("could not create an API token for " + user);
            }
            tokens.put(user, m.group(1));
        }
    }

    static String basic(String user) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    static String q(String s) {
        return "\"" + s.replace("\"", "\"\"") + "\"";
    }

    static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
