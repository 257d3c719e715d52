import java.net.HttpCookie;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * bench/pages, step 3 (compiled with bench/load/Load.java, whose HTTP helpers it uses): logs in as one
 * demo account per role, collects every GET page of its side menu (the links the layout renders from
 * system/web/Menu.java) and the pages those link to (one per path shape, so detail pages get real
 * ids), and every public page (the portal's navigation and its links); then measures each with wrk
 * (CONNECTIONS connections, SECONDS each) and prints req/s, p50, p99, SQL statements per request
 * (pg_stat_statements: calls by every role but this program's, before and after) and CPU per request
 * (/proc: the app JVM, and the PostgreSQL server with all its processes), with the static-file
 * baseline (/css/app.css through the same server) measured at the start and at the end.
 *
 *   java Walk BASE_URL JDBC_URL APP_PID PG_DATA_DIR SECONDS CONNECTIONS RESULT_MD ACCESS_LOG
 *
 * Per-request figures divide by the requests the server answered in the window (lines of its access
 * log, ACCESS_LOG), not by those wrk completed: the requests still in flight when wrk stops run to the
 * end on the server. Before each window opens and before it is closed the walker waits until the
 * server is idle (no new statements, no new access-log lines), so no page pays for the previous one.
 */
public class Walk {

    static final List<String> ACCOUNTS = List.of("admin", "auditor", "liaison.d01", "planner.d01", "reviewer.d01",
            "inspector.d01a");
    static final Pattern ANCHOR = Pattern.compile("<a\\s[^>]*>", Pattern.CASE_INSENSITIVE);
    static final Pattern HREF = Pattern.compile("href=\"([^\"]*)\"");
    /** Not pages: sign-in/out, static files, the API, and downloads (exports are files, measured elsewhere). */
    static final Pattern SKIP = Pattern.compile("^/(login|logout|webjars|css|js|images|favicon|api/)|/export$|\\.[A-Za-z0-9]{2,5}$");
    static final int MAX_PAGES = Integer.parseInt(System.getenv().getOrDefault("MAX_PAGES", "40"));
    static final int DEPTH = Integer.parseInt(System.getenv().getOrDefault("DEPTH", "1"));
    static final long HZ = Long.parseLong(System.getenv().getOrDefault("CLK_TCK", "100"));
    /** Only pages whose path matches (e.g. under a profiler: ONLY='^/audit$'); the baseline always runs. */
    static final Pattern ONLY = Pattern.compile(System.getenv().getOrDefault("ONLY", ""));
    /** Seconds of the same load on each page before it is measured (JIT, caches); 0: none. */
    static final int WARMUP = Integer.parseInt(System.getenv().getOrDefault("WARMUP", "2"));
    /** A file: the app is profiled with JFR (settings=profile) while the pages are measured, baselines excluded. */
    static final String JFR = System.getenv().getOrDefault("JFR", "");

    record Page(String who, String path, String shape, String cookie) {
    }

    record Row(String who, String path, double rps, double p50, double p99, long requests, long served, long bad,
               double statements, double appCpuMs, double dbCpuMs) {
    }

    static String jdbc;
    static long appPid;
    static long pgPid;
    static int seconds;
    static int connections;
    static Path accessLog;
    static long accessOffset;
    static long accessLines;

    public static void main(String[] args) throws Exception {
        Load.base = args[0];
        jdbc = args[1];
        appPid = Long.parseLong(args[2]);
        pgPid = Long.parseLong(Files.readAllLines(Path.of(args[3], "postmaster.pid")).get(0).trim());
        seconds = Integer.parseInt(args[4]);
        connections = Integer.parseInt(args[5]);
        Path out = Path.of(args[6]);
        accessLog = Path.of(args[7]);
        try (Connection c = DriverManager.getConnection(jdbc, "postgres", ""); Statement s = c.createStatement()) {
            s.execute("CREATE EXTENSION IF NOT EXISTS pg_stat_statements");
        }
        List<Page> pages = new ArrayList<>(collect("public", null, "/public", Pattern.compile("data-portal=")));
        for (String account : ACCOUNTS) {
            pages.addAll(collect(account, login(account), "/", Pattern.compile("data-menu=")));
        }
        System.out.printf("== %d pages to measure, %d connections, %d s each (load %s)%n", pages.size(), connections,
                seconds, load());
        List<Row> rows = new ArrayList<>();
        rows.add(measure(new Page("baseline", "/css/app.css", "/css/app.css", null)));
        jcmd("JFR.start", "name=pages", "settings=profile");
        String who = null;
        String cookie = null;
        for (Page p : pages) {
            if (ONLY.matcher(p.path()).find()) {
                // A fresh session for each role's pages: a whole walk outlasts the 30-minute session timeout.
                if (!p.who().equals(who)) {
                    who = p.who();
                    cookie = ACCOUNTS.contains(who) ? cookie(login(who)) : null;
                }
                rows.add(measure(new Page(p.who(), p.path(), p.shape(), cookie)));
            }
        }
        jcmd("JFR.stop", "name=pages", "filename=" + JFR);
        rows.add(measure(new Page("baseline", "/css/app.css", "/css/app.css", null)));
        print(rows, out);
        long failing = rows.stream().filter(r -> r.bad() > 0 || r.requests() == 0).count();
        System.out.println(failing == 0 ? "RESULT: OK (every page answered 200)"
                : "RESULT: FAILED (" + failing + " pages with errors or no answer)");
        System.exit(failing == 0 ? 0 : 1);
    }

    static void jcmd(String... command) throws Exception {
        if (JFR.isEmpty()) {
            return;
        }
        List<String> cmd = new ArrayList<>(List.of("jcmd", String.valueOf(appPid)));
        cmd.addAll(List.of(command));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        System.out.print(new String(p.getInputStream().readAllBytes()));
        p.waitFor();
    }

    /** The account's session cookie after a form login with its CSRF token. */
    static HttpClient login(String account) throws Exception {
        HttpClient c = Load.client();
        String csrf = Load.csrf(c, "/login");
        HttpResponse<String> r = c.send(Load.postForm("/login", Map.of("username", account, "password", Load.PASSWORD,
                "_csrf", csrf)), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 302 || r.headers().firstValue("Location").orElse("").contains("error")) {
            throw new IllegalStateException("login refused for " + account + ": " + r.statusCode());
        }
        // Where the login redirects, as a browser follows it: the first page of a new session stores its
        // CSRF token; 8 concurrent first requests would each insert it (Spring Session JDBC: duplicate key, 500).
        c.send(Load.get("/"), HttpResponse.BodyHandlers.discarding());
        return c;
    }

    /** The menu's pages (anchors matching {@code menu}) and, DEPTH levels on, one page per new path shape. */
    static List<Page> collect(String who, HttpClient client, String start, Pattern menu) throws Exception {
        HttpClient c = client != null ? client : Load.client();
        String cookie = cookie(c);
        Map<String, String> found = new LinkedHashMap<>(); // shape -> path
        List<String> level = new ArrayList<>();
        String home = fetch(c, start);
        found.put(shape(start), start);
        level.add(start);
        Matcher a = ANCHOR.matcher(home == null ? "" : home);
        while (a.find()) {
            if (menu.matcher(a.group()).find()) {
                String path = redirected(c, path(a.group()));
                if (path != null && (client != null) != path.startsWith("/public")
                        && found.putIfAbsent(shape(path), path) == null) {
                    level.add(path);
                }
            }
        }
        for (int d = 0; d < DEPTH; d++) {
            List<String> next = new ArrayList<>();
            for (String p : level) {
                String html = fetch(c, p);
                Matcher m = ANCHOR.matcher(html == null ? "" : html);
                while (m.find() && found.size() < MAX_PAGES) {
                    String path = path(m.group());
                    // Public pages are measured once, without a session; a role's walk stays off them.
                    if (path != null && (client != null) != path.startsWith("/public")
                            && found.putIfAbsent(shape(path), path) == null) {
                        next.add(path);
                    }
                }
            }
            level = next;
        }
        List<Page> pages = new ArrayList<>();
        for (Map.Entry<String, String> e : found.entrySet()) {
            if (fetch(c, e.getValue()) != null) {
                pages.add(new Page(who, e.getValue(), e.getKey(), cookie));
            }
        }
        System.out.printf("  %-15s %d pages%n", who, pages.size());
        return pages;
    }

    /** Where a menu link leads (e.g. /units/mine to the account's unit): the path after same-site redirects. */
    static String redirected(HttpClient c, String path) throws Exception {
        for (int i = 0; i < 3 && path != null; i++) {
            HttpResponse<String> r = c.send(Load.get(path), HttpResponse.BodyHandlers.ofString());
            String to = r.headers().firstValue("Location").orElse(null);
            if (r.statusCode() / 100 != 3 || to == null) {
                return path;
            }
            path = to.startsWith(Load.base) ? to.substring(Load.base.length()) : to.startsWith("/") ? to : null;
        }
        return path;
    }

    /** The page's HTML, or null when it is not a 200 text/html answer (redirects, files, JSON, errors). */
    static String fetch(HttpClient c, String path) throws Exception {
        HttpResponse<String> r = c.send(Load.get(path), HttpResponse.BodyHandlers.ofString());
        boolean html = r.headers().firstValue("Content-Type").orElse("").startsWith("text/html");
        if (r.statusCode() != 200 || !html) {
            System.out.printf("    skipped %s: %d %s%n", path, r.statusCode(), r.headers().firstValue("Content-Type").orElse(""));
            return null;
        }
        return r.body();
    }

    static String path(String anchor) {
        Matcher h = HREF.matcher(anchor);
        if (!h.find()) {
            return null;
        }
        String href = h.group(1).replace("&amp;", "&");
        int q = href.indexOf('?');
        String path = q >= 0 ? href.substring(0, q) : href;
        int hash = path.indexOf('#');
        path = hash >= 0 ? path.substring(0, hash) : path;
        return path.startsWith("/") && !path.startsWith("//") && !SKIP.matcher(path).find() ? path : null;
    }

    /**
     * A path with its id-like segments as {id}: one page measured per shape. Route words are lower-case
     * ASCII here; a segment with a digit, a capital or anything beyond ASCII is a value (an id, a unit code
     * such as BT-ZF, a code).
     */
    static String shape(String path) {
        return List.of(path.split("/", -1)).stream().map(s -> s.matches("[a-z._-]*") ? s : "{id}")
                .collect(Collectors.joining("/"));
    }

    static String cookie(HttpClient c) {
        return c.cookieHandler().map(h -> ((java.net.CookieManager) h).getCookieStore().get(URI.create(Load.base)))
                .orElse(List.of()).stream().map(HttpCookie::toString).collect(Collectors.joining("; "));
    }

    static Row measure(Page p) throws Exception {
        if (WARMUP > 0) {
            wrk(p, WARMUP);
        }
        settle();
        long st0 = statements();
        long[] cpu0 = cpu();
        long served0 = served();
        String out = wrk(p, seconds);
        settle();
        long[] cpu1 = cpu();
        long st1 = statements();
        long served = served() - served0;
        long n = number(out, "(\\d+) requests in");
        long bad = number(out, "Non-2xx or 3xx responses: (\\d+)") + number(out, "Socket errors: connect (\\d+)")
                + number(out, "Socket errors: .*read (\\d+)") + number(out, "Socket errors: .*write (\\d+)")
                + number(out, "Socket errors: .*timeout (\\d+)");
        double rps = Double.parseDouble(find(out, "Requests/sec:\\s+([0-9.]+)", "0"));
        Row r = new Row(p.who(), p.path(), rps, millis(find(out, "\\s50%\\s+(\\S+)", "0ms")),
                millis(find(out, "\\s99%\\s+(\\S+)", "0ms")), n, served, bad,
                served == 0 ? 0 : (double) (st1 - st0) / served, served == 0 ? 0 : 1000.0 * (cpu1[0] - cpu0[0]) / HZ / served,
                served == 0 ? 0 : 1000.0 * (cpu1[1] - cpu0[1]) / HZ / served);
        System.out.println(line(r));
        return r;
    }

    /** wrk on the page with the page's session cookie: its output. */
    static String wrk(Page p, int duration) throws Exception {
        List<String> cmd = new ArrayList<>(List.of("wrk", "-t2", "-c" + connections, "-d" + duration + "s", "--timeout", "10s",
                "--latency"));
        if (p.cookie() != null && !p.cookie().isEmpty()) {
            cmd.addAll(List.of("-H", "Cookie: " + p.cookie()));
        }
        cmd.add(Load.base + p.path());
        Process w = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out = new String(w.getInputStream().readAllBytes());
        w.waitFor();
        return out;
    }

    /** Waits (up to 60 s) until the server has answered everything: no new statements or access-log lines for 300 ms. */
    static void settle() throws Exception {
        long deadline = System.nanoTime() + 60_000_000_000L;
        long last = -1;
        while (System.nanoTime() < deadline) {
            long now = statements() * 1_000_003L + served();
            if (now == last) {
                return;
            }
            last = now;
            Thread.sleep(300);
        }
    }

    /** Requests the server has answered so far: the access log's lines (read on from where it was last read). */
    static long served() throws Exception {
        if (!Files.exists(accessLog)) {
            return 0;
        }
        try (var in = Files.newInputStream(accessLog)) {
            in.skipNBytes(Math.min(accessOffset, Files.size(accessLog)));
            byte[] buf = in.readAllBytes();
            for (byte b : buf) {
                if (b == '\n') {
                    accessLines++;
                }
            }
            accessOffset += buf.length;
        }
        return accessLines;
    }

    /** Statements run by every role but this program's (the application's pool, its jobs included). */
    static long statements() throws Exception {
        try (Connection c = DriverManager.getConnection(jdbc, "postgres", ""); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT coalesce(sum(calls), 0) FROM pg_stat_statements "
                     + "WHERE userid <> (SELECT oid FROM pg_roles WHERE rolname = current_user)")) {
            r.next();
            return r.getLong(1);
        }
    }

    /** CPU clock ticks (user + system) of the app JVM and of the PostgreSQL server with all its processes. */
    static long[] cpu() {
        long db = ticks(pgPid);
        Set<Long> children = new LinkedHashSet<>();
        ProcessHandle.of(pgPid).ifPresent(h -> h.children().forEach(ch -> children.add(ch.pid())));
        for (long child : children) {
            db += ticks(child);
        }
        return new long[] {ticks(appPid), db};
    }

    static long ticks(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
            String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return Long.parseLong(f[11]) + Long.parseLong(f[12]); // utime, stime (fields 14 and 15)
        } catch (Exception e) {
            return 0;
        }
    }

    static long number(String out, String regex) {
        return Long.parseLong(find(out, regex, "0"));
    }

    static String find(String out, String regex, String def) {
        Matcher m = Pattern.compile(regex).matcher(out);
        return m.find() ? m.group(1) : def;
    }

    static double millis(String wrk) {
        double v = Double.parseDouble(wrk.replaceAll("[a-z]+$", ""));
        return wrk.endsWith("us") ? v / 1000 : wrk.endsWith("ms") ? v : wrk.endsWith("s") ? v * 1000 : v;
    }

    static String load() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).substring(0, 14).trim();
        } catch (Exception e) {
            return "?";
        }
    }

    static final String HEADER = String.format("| %-15s | %-44s | %9s | %8s | %8s | %8s | %6s | %7s | %9s |", "who", "page",
            "req/s", "p50 ms", "p99 ms", "requests", "errors", "SQL/req", "CPU ms/req (app + db)");

    static String line(Row r) {
        if (r.requests() == 0) {
            return String.format(Locale.ROOT, "| %-15s | %-44s | no answer within %d s (%d served after) |", r.who(), r.path(),
                    seconds, r.served());
        }
        return String.format(Locale.ROOT, "| %-15s | %-44s | %9.1f | %8.2f | %8.2f | %8d | %6d | %7.1f | %6.2f + %.2f |",
                r.who(), r.path(), r.rps(), r.p50(), r.p99(), r.requests(), r.bad(), r.statements(), r.appCpuMs(), r.dbCpuMs());
    }

    static void print(List<Row> rows, Path out) throws Exception {
        List<String> lines = new ArrayList<>();
        lines.add(HEADER);
        lines.add("|---|---|---:|---:|---:|---:|---:|---:|---:|");
        rows.forEach(r -> lines.add(line(r)));
        System.out.println();
        System.out.printf("== result: %d pages, %d connections, %d s each, %d cores, load at the end %s%n", rows.size() - 2,
                connections, seconds, Runtime.getRuntime().availableProcessors(), load());
        lines.forEach(System.out::println);
        Files.write(out, lines);
    }
}
