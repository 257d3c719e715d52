package io.fairdraw.system;

import static org.assertj.core.api.Assertions.assertThat;

import io.fairdraw.inspection.Disposal;
import io.fairdraw.inspection.InspectionEvents;
import io.fairdraw.inspection.ResultCategory;
import io.fairdraw.support.AppIT;
import io.fairdraw.support.OfficialCalendar;
import io.fairdraw.support.Browser;
import io.fairdraw.support.WebClient;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * 每个列表页（各角色的工作页面和门户页面，演示数据）在 1366×900 与 390×844 下都排得下：表格单元格不会
 * 一行只排一两个字，表单控件不被截断（issue 21 第 4 项）。页面从每个角色的菜单和门户导航出发，
 * 再跟进页面里每种路径的第一个链接（三层），所以新加的列表页无需登记就会被量到。
 */
@AppIT
class LayoutFitBrowserIT {

    static final List<String> ROLES = List.of("admin", "auditor", "liaison.d01", "planner.d01", "reviewer.d01",
            "inspector.d01a");
    /** Downloads, print sheets, API and documentation pages are not screen list pages. */
    static final Pattern SKIP = Pattern.compile(
            "\\.(xlsx|csv|json|png|pdf)($|\\?)|/export|/print|/notice|/sheet|/bulletin|/api/|/v3/|swagger|/logout"
                    + "|/evidence/|/public/log/(key|proof|checkpoint)|[?&]lang=");
    static final int DEPTH = 3;

    @LocalServerPort
    int port;
    @Autowired
    TransactionTemplate tx;
    @Autowired
    ApplicationEventPublisher events;
    /** Each page's time in the walk under way (navigation, measuring), for the slowest ones' line in the output. */
    private final List<Object[]> slowest = new ArrayList<>();
    /** The width of the walk under way, for the screenshots' names. */
    private int width;

    @ParameterizedTest(name = "{0}×{1}")
    @CsvSource({"1366, 900", "390, 844"})
    @DisplayName("各角色和门户的每个列表页：单元格不一字一行，控件不被截断")
    void everyListPageFits(int width, int height) {
        this.width = width;
        String script = script();
        List<String> defects = new ArrayList<>();
        int pages = 0;
        try (Browser b = Browser.open(port, width, height)) {
            publishOneResult(b);
            pages += walk(b, "public", List.of("/public"), portalLinks(b), script, defects);
            for (String role : ROLES) {
                b.login(role, WebClient.DEMO_PASSWORD);
                List<String> menu = b.driver().findElements(By.cssSelector("#fd-menu a")).stream()
                        .map(a -> path(a.getDomAttribute("href"))).filter(p -> p != null && !p.startsWith("/public"))
                        .toList();
                pages += walk(b, role, menu, List.of(), script, defects);
                b.driver().manage().deleteAllCookies(); // sign out whatever page the walk ended on
            }
        }
        System.out.printf("layout-fit %dx%d: %d pages, %d defects%n%s%n", width, height, pages, defects.size(),
                String.join(System.lineSeparator(), defects));
        assertThat(pages).as("pages measured").isGreaterThan(40);
        assertThat(defects).as("layout defects at %d×%d", width, height).isEmpty();
    }

    /**
     * The demo seeds no published result, and /public/results is one of the pages the issue saw
     * wrap at 390 px: approve one (the inspection module's own event, with a long company name) and
     * publish it as the reviewer does, so the portal's result list and entity page have rows.
     */
    private void publishOneResult(Browser b) {
        long record = 9_100_000_000L + System.nanoTime() % 1_000_000_000L;
        long task = 8_800_000L + System.nanoTime() % 100_000L;
        String uscc = String.format("91659X%012d", System.nanoTime() % 1_000_000_000_000L);
        LocalDate on = LocalDate.of(2026, 11, 24);
        var approved = new InspectionEvents.ResultApproved(record, null,
                new InspectionEvents.ResultApproved.Task(task, "版面测试：土地利用和规划许可情况随机抽查", 2026, "D01"),
                new InspectionEvents.ResultApproved.Visited(record, "2026-D01-T99-1", uscc,
                        "兵团第一师阿拉尔市版面测试砂石料开采与土地复垦有限责任公司", "LAND",
                        List.of("检查员甲乙丙", "检查员丁戊己"), on.minusDays(3)),
                new InspectionEvents.ResultApproved.Approval("reviewer.d01", Instant.parse(on + "T02:00:00Z"), on),
                List.of(new InspectionEvents.ItemResult("TST-ITEM-1", 1, "土地利用和规划许可情况检查", "D01",
                        ResultCategory.CORRECTED, Disposal.RECTIFY_TRACKED)),
                new InspectionEvents.ResultApproved.Publication(on, OfficialCalendar.publicationDue(on)));
        tx.executeWithoutResult(s -> events.publishEvent(approved));
        b.login("reviewer.d01", WebClient.DEMO_PASSWORD);
        b.go("/disclosure");
        b.click(By.cssSelector("#task-" + task + " .fd-publish-task"));
        b.waitFor().until(ExpectedConditions.alertIsPresent()).accept();
        b.waitFor().until(d -> d.findElements(By.id("published-flash")).size() == 1);
        b.driver().manage().deleteAllCookies();
    }

    private List<String> portalLinks(Browser b) {
        b.go("/public");
        return b.driver().findElements(By.cssSelector("#fd-portal-menu a")).stream()
                .map(a -> path(a.getDomAttribute("href"))).filter(p -> p != null).toList();
    }

    /** Breadth first from the start pages, one page per path shape (ids replaced), {@link #DEPTH} links deep. */
    private int walk(Browser b, String who, List<String> first, List<String> more, String script, List<String> defects) {
        Set<String> shapes = new LinkedHashSet<>();
        Deque<String[]> queue = new ArrayDeque<>();
        for (String p : concat(first, more)) {
            queue.add(new String[] {p, "0"});
        }
        int measured = 0;
        List<String> seen = new ArrayList<>();
        while (!queue.isEmpty()) {
            String[] next = queue.poll();
            String path = next[0];
            int depth = Integer.parseInt(next[1]);
            if (SKIP.matcher(path).find() || !shapes.add(shape(path))) {
                continue;
            }
            long started = System.nanoTime();
            b.go(path);
            if (!b.driver().getCurrentUrl().contains(path.split("\\?")[0])) {
                continue; // redirected (a form page that bounces back, the login page …)
            }
            b.waitFor().until(d -> "complete".equals(((org.openqa.selenium.JavascriptExecutor) d)
                    .executeScript("return document.readyState")));
            measured++;
            seen.add(shape(path));
            Object status = ((org.openqa.selenium.JavascriptExecutor) b.driver()).executeScript(
                    "var n = performance.getEntriesByType('navigation')[0]; return n ? n.responseStatus : 0;");
            if (status instanceof Number n && n.intValue() >= 500) {
                defects.add(who + " " + path + ": answered " + n); // a template that no longer renders
            }
            @SuppressWarnings("unchecked")
            List<String> found = (List<String>) ((org.openqa.selenium.JavascriptExecutor) b.driver()).executeScript(script);
            for (String f : found) {
                defects.add(who + " " + path + ": " + f);
            }
            if (!found.isEmpty()) {
                b.screenshot("layout-fit-" + width + "-"
                        + shape(path).replaceAll("[^A-Za-z0-9]+", "_"));
            }
            slowest.add(new Object[] {(System.nanoTime() - started) / 1_000_000, who + " " + path});
            if (depth < DEPTH) {
                for (WebElement a : b.driver().findElements(By.cssSelector("main a[href]"))) {
                    String p = path(a.getDomAttribute("href"));
                    if (p != null) {
                        queue.add(new String[] {p, String.valueOf(depth + 1)});
                    }
                }
            }
        }
        System.out.printf("layout-fit %s: %s%n", who, seen);
        slowest.sort((x, y) -> Long.compare((Long) y[0], (Long) x[0]));
        slowest.stream().limit(8).forEach(x -> System.out.printf("layout-fit slow: %6d ms %s%n", x[0], x[1]));
        slowest.clear();
        return measured;
    }

    /** Same-site path and query of a link, or null for other sites, anchors and scripts. */
    private String path(String href) {
        if (href == null || href.isBlank() || href.startsWith("#") || href.startsWith("javascript:")
                || href.startsWith("mailto:")) {
            return null;
        }
        URI uri = URI.create("http://localhost:" + port + "/").resolve(href.replace(" ", "%20"));
        if (!"localhost".equals(uri.getHost()) || uri.getPort() != port) {
            return null;
        }
        String p = uri.getRawPath();
        return uri.getRawQuery() == null ? p : p + "?" + uri.getRawQuery();
    }

    /** /plans/12/tasks/7 and /plans/13/tasks/9 are one page shape; query strings (filters, pages) too. */
    static String shape(String path) {
        return path.split("\\?")[0].replaceAll("/[0-9A-Z][0-9A-Za-z%-]*(?=/|$)", "/{id}")
                .replaceAll("/[0-9a-f]{8,}(?=/|$)", "/{id}");
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    private static String script() {
        try (InputStream in = LayoutFitBrowserIT.class.getResourceAsStream("layout-fit.js")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
