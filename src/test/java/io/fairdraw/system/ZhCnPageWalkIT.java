package io.fairdraw.system;

import static org.assertj.core.api.Assertions.assertThat;

import io.fairdraw.support.FreshDemoApp;
import io.fairdraw.support.WebClient;
import java.net.URI;
import java.net.http.HttpResponse;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Issue 21, acceptance 2: every page, in the zh-CN locale (the default; no language cookie, no
 * Accept-Language), as each role and as the public, shows no English word and no raw enum code.
 *
 * <p>Pages are found as a person finds them: from each role's home page (its menu) and the portal,
 * following every link to another HTML page of the application, breadth first. Two pages of each
 * route shape are read (/plans/{id} of two plans), so data of different kinds is seen. The text is
 * what a person reads (scripts, styles and attributes dropped); {@link ChineseText} holds the closed
 * allow-list. The application runs as its own process on a fresh database with only the demo data
 * ({@link FreshDemoApp}), so the English names other tests give their data ("Matrix task") are not in it.
 */
class ZhCnPageWalkIT {

    /** The demo roles (DESIGN.md §2), and null for the public. */
    static final List<String> CALLERS = java.util.Arrays.asList(null, "admin", "auditor", "liaison.d01", "planner.d01",
            "reviewer.d01", "inspector.d01a");
    private static final int PER_SHAPE = 2;
    private static final int PER_CALLER = 250;
    /** Not pages: downloads, the API and its documentation (issue 21 item 3 is H's), the language switch, logout. */
    private static final Pattern SKIP = Pattern.compile(
            "^/(?:api|v3|swagger-ui|webjars|css|js|images|logout)(?:/.*)?$|.*\\.(?:csv|json|xlsx|pdf|png|jpe?g|pem|txt)$"
                    + "|.*/(?:export|template\\.xlsx|errors\\.xlsx|checkpoint|key|progress)$|^/inspection/evidence/.*"
                    + "|^/public/log/(?:proof|entries)/.*|^/swagger-ui\\.html$");
    private static final Pattern NUMBERED = Pattern.compile("[^/]*\\d[^/]*");

    @Test
    @DisplayName("zh-CN 下逐页走查每个角色和公众能到达的页面：没有英文单词，没有原始枚举代码")
    void everyPageIsChinese() {
        FreshDemoApp app = FreshDemoApp.get().awaitDemo();
        Map<String, List<String>> problems = new java.util.TreeMap<>();
        int pages = 0;
        for (String caller : CALLERS) {
            WebClient client = caller == null ? new WebClient(app.port()) : WebClient.loggedIn(app.port(), caller);
            List<String> start = caller == null ? List.of("/public", "/login") : List.of("/");
            pages += walk(client, start, caller == null ? "public" : caller, problems);
        }
        System.out.printf("ZH-CN WALK: %d pages, %d with problems%n", pages, problems.size());
        problems.forEach((page, list) -> list.forEach(p -> System.out.println("  " + page + ": " + p)));
        assertThat(pages).as("pages read").isGreaterThan(100);
        assertThat(problems).as("pages with English words or raw codes (see the output for each)").isEmpty();
    }

    private static int walk(WebClient client, List<String> start, String who, Map<String, List<String>> problems) {
        Deque<String> queue = new ArrayDeque<>(start);
        Set<String> seen = new LinkedHashSet<>(start);
        Map<String, Integer> shapes = new HashMap<>();
        int read = 0;
        while (!queue.isEmpty() && read < PER_CALLER) {
            String path = queue.poll();
            HttpResponse<String> r = client.get(path);
            if (r.statusCode() != 200 || !r.headers().firstValue("Content-Type").orElse("").startsWith("text/html")) {
                continue;
            }
            read++;
            List<String> found = ChineseText.problems(ChineseText.visible(r.body()));
            if (!found.isEmpty()) {
                problems.put(path + " (" + who + ")", found);
            }
            for (String link : links(r.body(), path)) {
                String shape = shape(link);
                if (seen.add(link) && shapes.merge(shape, 1, Integer::sum) <= PER_SHAPE) {
                    queue.add(link);
                }
            }
        }
        return read;
    }

    /** Same-origin links to pages (path and query, no fragment). */
    static Set<String> links(String html, String from) {
        Set<String> out = new TreeSet<>();
        URI base = URI.create("http://localhost" + from);
        for (var a : Jsoup.parse(html).select("a[href]")) {
            String href = a.attr("href").strip();
            if (href.isEmpty() || href.startsWith("#") || href.startsWith("mailto:") || href.startsWith("javascript:")) {
                continue;
            }
            URI u;
            try {
                u = base.resolve(href);
            } catch (IllegalArgumentException e) {
                continue;
            }
            if (!"localhost".equals(u.getHost()) || u.getPort() != -1 || u.getRawPath() == null) {
                continue;   // another site, or the application's absolute public URL (configured base)
            }
            String query = u.getRawQuery();
            if (query != null && query.matches("(?:.*&)?lang=.*")) {
                continue;   // the language switch: this walk reads zh-CN
            }
            String path = u.getRawPath();
            if (SKIP.matcher(path).matches()) {
                continue;
            }
            out.add(query == null ? path : path + "?" + query);
        }
        return out;
    }

    /** /plans/12?page=2 and /plans/13?page=3 have one shape: /plans/{}?page. */
    static String shape(String link) {
        int q = link.indexOf('?');
        String path = q < 0 ? link : link.substring(0, q);
        StringBuilder s = new StringBuilder();
        for (String segment : path.split("/")) {
            if (!segment.isEmpty()) {
                s.append('/').append(NUMBERED.matcher(segment).matches() ? "{}" : segment);
            }
        }
        if (q >= 0) {
            List<String> names = new ArrayList<>();
            for (String p : link.substring(q + 1).split("&")) {
                names.add(p.split("=", 2)[0]);
            }
            s.append('?').append(String.join("&", new TreeSet<>(names)));
        }
        return s.toString();
    }
}
