package io.fairdraw.disclosure;

import static org.assertj.core.api.Assertions.assertThat;

import io.fairdraw.inspection.ResultCategory;
import io.fairdraw.support.AppIT;
import io.fairdraw.support.WebClient;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/** 公示门户：未公示的结果和内部信息绝不出现在页面、CSV、JSON 中；主体名称中的 HTML/JS 与公式一律无害化。 */
@AppIT
class DisclosurePortalIT {

    /** Internal data the fixture puts into every event; none of it may reach the portal. */
    private static final List<String> INTERNAL = List.of("检查员甲乙丙", "检查员丁戊己", "reviewer.d01",
            "RECTIFY_TRACKED", "责令改正，由日常监管部门跟踪", "Rectify");

    @LocalServerPort
    int port;
    @Autowired
    TransactionTemplate tx;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    JdbcClient jdbc;

    DisclosureFixtures fx;

    @BeforeEach
    void setUp() {
        fx = new DisclosureFixtures(tx, events);
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private String publicText(String path) {
        HttpResponse<byte[]> r = new WebClient(port).getBytes(path);
        assertThat(r.statusCode()).as(path).isEqualTo(200);
        return new String(r.body(), StandardCharsets.UTF_8);
    }

    /** The results table of a list page (the search form echoes what was typed, so not the whole page). */
    private String resultsTable(String path) {
        String page = publicText(path);
        return page.substring(page.indexOf("id=\"results-count\""), page.indexOf("</table>"));
    }

    /** Every public view of the results that could show this entity. */
    private List<String> portalViews(String uscc, String namePart) {
        return List.of(resultsTable("/public/results"), resultsTable("/public/results?q=" + enc(namePart)),
                resultsTable("/public/results?q=" + uscc), publicText("/public/results.csv"),
                publicText("/public/results.csv?q=" + enc(namePart)), publicText("/public/results.json?size=1000"),
                publicText("/public/results.json?uscc=" + uscc), publicText("/public/results.json?q=" + enc(namePart)));
    }

    @Test
    @DisplayName("未公示的结果不出现在门户（页面、CSV、JSON）；公示后出现，但检查人员、审核人、后续处置等内部信息从不出现")
    void onlyPublishedAndNothingInternal() {
        String uscc = DisclosureFixtures.uscc();
        String name = "新疆隐秘测试矿业有限公司" + uscc.substring(12);
        long record = DisclosureFixtures.nextId();
        fx.approve(record, null, 880001, "门户测试任务", 2026, "D01", uscc, name, LocalDate.of(2026, 11, 20),
                ResultCategory.CORRECTED);

        for (String view : portalViews(uscc, "隐秘测试矿业")) {
            assertThat(view).doesNotContain(uscc).doesNotContain(name);
        }
        assertThat(new WebClient(port).get("/public/entities/" + uscc).statusCode()).isEqualTo(404);

        WebClient reviewer = WebClient.loggedIn(port, "reviewer.d01");
        assertThat(reviewer.get("/disclosure").body()).contains(name);
        assertThat(reviewer.postForm("/disclosure/records/" + record + "/publish", Map.of()).statusCode()).isEqualTo(302);

        List<String> views = portalViews(uscc, "隐秘测试矿业");
        for (String view : views) {
            assertThat(view).contains(uscc);
            for (String internal : INTERNAL) {
                assertThat(view).doesNotContain(internal);
            }
        }
        String entityPage = publicText("/public/entities/" + uscc);
        assertThat(entityPage).contains(name).contains("发现问题已责令改正").contains("土地利用检查");
        for (String internal : INTERNAL) {
            assertThat(entityPage).doesNotContain(internal);
        }
        // No inspector data is even stored by the disclosure module.
        assertThat(jdbc.sql("SELECT count(*) FROM information_schema.columns WHERE table_name LIKE 'disclosure_%' "
                + "AND (column_name LIKE '%inspector%' OR column_name LIKE '%credit%' OR column_name LIKE '%disposal%')")
                .query(Long.class).single()).isZero();
    }

    @Test
    @DisplayName("主体名称含 <script> 与 =HYPERLINK 公式：每个门户页面都转义显示，CSV 中公式被中和，JSON 原样且不可被当作 HTML")
    void hostileNamesAreHarmless() {
        String uscc1 = DisclosureFixtures.uscc();
        String uscc2 = DisclosureFixtures.uscc();
        String script = "<script>alert(1)</script>=HYPERLINK(\"http://evil.example\",\"点我\")恶意测试公司";
        String formula = "=HYPERLINK(\"http://evil.example\",\"x\")<img src=x onerror=alert(2)>恶意测试公司";
        long r1 = DisclosureFixtures.nextId();
        long r2 = DisclosureFixtures.nextId();
        fx.approve(r1, null, 880002, "<b>任务</b>", 2026, "D01", uscc1, script, LocalDate.of(2026, 11, 20),
                ResultCategory.NO_PROBLEM);
        fx.approve(r2, null, 880002, "<b>任务</b>", 2026, "D01", uscc2, formula, LocalDate.of(2026, 11, 20),
                ResultCategory.NO_PROBLEM);
        WebClient reviewer = WebClient.loggedIn(port, "reviewer.d01");
        reviewer.get("/disclosure");
        assertThat(reviewer.postForm("/disclosure/tasks/880002/publish", Map.of()).statusCode()).isEqualTo(302);

        List<String> pages = List.of(publicText("/public/results"), publicText("/public/results?q=" + enc("恶意测试")),
                publicText("/public/entities/" + uscc1), publicText("/public/entities/" + uscc2),
                reviewer.get("/disclosure").body());
        for (String page : pages) {
            assertThat(page).doesNotContain("<script>alert(1)").doesNotContain("<img src=x").doesNotContain("<b>任务");
        }
        assertThat(publicText("/public/entities/" + uscc1)).contains("&lt;script&gt;alert(1)&lt;/script&gt;");
        assertThat(publicText("/public/entities/" + uscc2)).contains("&lt;img src=x onerror=alert(2)&gt;");

        HttpResponse<byte[]> csv = new WebClient(port).getBytes("/public/results.csv?q=" + enc("恶意测试"));
        assertThat(csv.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
        String text = new String(csv.body(), StandardCharsets.UTF_8);
        List<String> lines = text.lines().toList();
        // issue 21 item 3: the CSV is for people (headers in Chinese; OpenDataIT checks the names).
        assertThat(lines.get(0)).isEqualTo("\uFEFF" + String.join(",", OpenDataIT.HEADER));
        // The formula name is quoted (it contains commas and quotes) and starts with an apostrophe inside.
        assertThat(text).contains(",\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"x\"\")<img");
        for (String line : lines) {
            for (String cell : line.split(",")) {
                String c = cell.startsWith("\"") ? cell.substring(1) : cell;
                assertThat(c).as("no cell starts a formula: " + line).doesNotStartWith("=").doesNotStartWith("+")
                        .doesNotStartWith("@");
            }
        }

        HttpResponse<String> json = new WebClient(port).api("GET", "/public/results.json?uscc=" + uscc2, null, null);
        assertThat(json.headers().firstValue("Content-Type").orElse("")).startsWith("application/json");
        assertThat(json.headers().firstValue("X-Content-Type-Options").orElse("")).isEqualTo("nosniff");
        assertThat(json.body()).contains("\"entityName\":\"=HYPERLINK(\\\"http://evil.example\\\"");
    }

    @Test
    @DisplayName("按主体名称的一部分、统一社会信用代码前缀、单位、年度、领域、结果筛选；翻页游标；OpenAPI 描述开放数据")
    void searchFiltersPagingAndOpenApi() {
        String base = DisclosureFixtures.uscc().substring(0, 14);
        String tag = "翻页" + base.substring(8);
        WebClient reviewer = WebClient.loggedIn(port, "reviewer.d02");
        reviewer.get("/disclosure");
        for (int i = 0; i < 25; i++) {
            String uscc = base + String.format("%04d", i);
            fx.approve(DisclosureFixtures.nextId(), null, 880003, "翻页测试任务", 2029, "D02", uscc,
                    "石河子" + tag + "第" + i + "号林业合作社", LocalDate.of(2026, 11, 2),
                    i % 5 == 0 ? ResultCategory.UNREACHABLE : ResultCategory.NO_PROBLEM);
        }
        assertThat(reviewer.postForm("/disclosure/tasks/880003/publish", Map.of()).statusCode()).isEqualTo(302);

        String page1 = publicText("/public/results?q=" + enc(tag));
        assertThat(page1).contains("共 50 条"); // 25 records x 2 items
        assertThat(page1).contains("id=\"results-next\"");
        String next = page1.replaceAll("(?s).*id=\"results-next\"\\s+href=\"([^\"]+)\".*", "$1").replace("&amp;", "&");
        String page2 = publicText(next);
        assertThat(page2).contains(tag).contains("id=\"results-first\"");

        assertThat(publicText("/public/results?q=" + base).split("class=\"fd-entity\"", -1).length - 1)
                .as("code prefix").isEqualTo(20);
        String json = publicText("/public/results.json?q=" + enc(tag) + "&unit=D02&year=2029&field=LAND"
                + "&result=UNREACHABLE&size=100");
        assertThat(json).contains("\"count\":5").doesNotContain("\"result\":\"NO_PROBLEM\"");
        assertThat(publicText("/public/results.json?q=" + enc(tag) + "&year=2028")).contains("\"count\":0");
        assertThat(publicText("/public/results.json?q=" + enc(tag) + "&unit=D01")).contains("\"count\":0");

        String api = publicText("/v3/api-docs/public");
        assertThat(api).contains("/public/results.json").contains("/public/results.csv").contains("entityName")
                .contains("更正记录编号");
    }

    @Test
    @DisplayName("名称片段匹配很多、较多、较少时：计数（超过 1000 条显示“超过 1,000 条”）与按公布日期从新到旧的翻页都正确")
    void commonFragmentsAreCappedAndPagedNewestFirst() {
        String uscc = DisclosureFixtures.uscc();
        String tag = "常见" + uscc.substring(10);
        long recordId = DisclosureFixtures.nextId();
        jdbc.sql("INSERT INTO disclosure_record (record_id, visit_id, task_id, task_name, year, unit_code, draw_id, uscc, "
                + "entity_name, field, inspection_date, approved_at, approved_on, due_on, status, published_on, published_at, "
                + "published_by) VALUES (?, ?, 880004, '计数测试任务', 2030, 'D03', '2030-D03-T01-1', ?, ?, 'LAND', "
                + "DATE '2030-01-02', TIMESTAMPTZ '2030-01-03 10:00+08', DATE '2030-01-03', DATE '2030-02-01', 'PUBLISHED', "
                + "DATE '2030-01-04', TIMESTAMPTZ '2030-01-04 10:00+08', 'reviewer.d03')")
                .params(recordId, recordId, uscc, "石河子" + tag + "矿业有限公司").update();
        // 21,000 item results of that record, each published on its own day (item i on day i, before every other
        // test's results, which stay the newest): more than the newest-rows window, so the dense path (newest
        // first through the published index) is taken
        jdbc.sql("INSERT INTO disclosure_result (record_id, task_id, task_name, year, unit_code, item_code, item_version, "
                + "item_name, uscc, entity_name, field, category, inspection_date, published_on) "
                + "SELECT ?, 880004, '计数测试任务', 2030, 'D03', 'D03-CNT-' || i, 1, '计数测试事项', ?, ?, 'LAND', "
                + "'NO_PROBLEM', DATE '1960-01-02', DATE '1960-01-04' + i FROM generate_series(1, 21000) i")
                .params(recordId, uscc, "石河子" + tag + "矿业有限公司").update();
        try {
            assertPages(tag, 21000, "超过 1,000 条");
            assertPages(tag + "矿", 21000, "超过 1,000 条"); // bigrams and the substring check

            // 1,500 published: all read through the bigram index, counted and sorted there
            keepPublished(recordId, 1500);
            assertPages(tag, 1500, "超过 1,000 条");
            assertThat(publicText("/public/results.json?q=" + enc(tag) + "&size=5"))
                    .contains("\"count\":1000").contains("\"countCapped\":true");

            // 142 published: counted exactly
            keepPublished(recordId, 142);
            assertPages(tag, 142, "共 142 条");
            assertThat(publicText("/public/results.json?q=" + enc(tag) + "&size=5"))
                    .contains("\"count\":142").contains("\"countCapped\":false");
        } finally {
            jdbc.sql("DELETE FROM disclosure_result WHERE record_id = ?").param(recordId).update();
            jdbc.sql("DELETE FROM disclosure_record WHERE record_id = ?").param(recordId).update();
        }
    }

    @Test
    @DisplayName("名称片段按原文连续匹配：各二字组都在名称中但不相连时不算匹配；_ 按字面匹配")
    void nameFragmentsMatchAsWrittenOnly() {
        String uscc = DisclosureFixtures.uscc();
        long recordId = DisclosureFixtures.nextId();
        String name = "鼋鼍鼋鼍蚩鼋乙Z甲乙__甲";
        jdbc.sql("INSERT INTO disclosure_record (record_id, visit_id, task_id, task_name, year, unit_code, draw_id, uscc, "
                + "entity_name, field, inspection_date, approved_at, approved_on, due_on, status, published_on, published_at, "
                + "published_by) VALUES (?, ?, 880005, '片段测试任务', 2030, 'D03', '2030-D03-T01-1', ?, ?, 'LAND', "
                + "DATE '2030-01-02', TIMESTAMPTZ '2030-01-03 10:00+08', DATE '2030-01-03', DATE '2030-02-01', 'PUBLISHED', "
                + "DATE '2030-01-04', TIMESTAMPTZ '2030-01-04 10:00+08', 'reviewer.d03')")
                .params(recordId, recordId, uscc, name).update();
        jdbc.sql("INSERT INTO disclosure_result (record_id, task_id, task_name, year, unit_code, item_code, item_version, "
                + "item_name, uscc, entity_name, field, category, inspection_date, published_on) VALUES (?, 880005, "
                + "'片段测试任务', 2030, 'D03', 'D03-FRG-1', 1, '片段测试事项', ?, ?, 'LAND', 'NO_PROBLEM', DATE '2030-01-02', "
                + "DATE '2030-01-04')").params(recordId, uscc, name).update();
        try {
            assertThat(publicText("/public/results.json?q=" + enc("鼍鼋鼍"))).contains("\"count\":1");
            // 鼋鼍, 鼍蚩 and 蚩鼋 are all in the name, but not as 鼋鼍蚩鼋... in a row: no match
            assertThat(publicText("/public/results.json?q=" + enc("鼋鼍蚩鼋鼍"))).contains("\"count\":0");
            assertThat(publicText("/public/results.json?q=" + enc("乙__甲"))).contains("\"count\":1");
            // 乙_ and _甲 are in the name, 乙_甲 is not; as a LIKE pattern it would match 乙Z甲
            assertThat(publicText("/public/results.json?q=" + enc("乙_甲"))).contains("\"count\":0");
        } finally {
            jdbc.sql("DELETE FROM disclosure_result WHERE record_id = ?").param(recordId).update();
            jdbc.sql("DELETE FROM disclosure_record WHERE record_id = ?").param(recordId).update();
        }
    }

    @Test
    @DisplayName("二字检索（单个二字组，走 disclosure_name_gram）随公布、撤回、改名和删除同步，与带筛选的检索结果一致")
    void twoCharacterSearchFollowsEveryChange() {
        String uscc = DisclosureFixtures.uscc();
        long recordId = DisclosureFixtures.nextId();
        jdbc.sql("INSERT INTO disclosure_record (record_id, visit_id, task_id, task_name, year, unit_code, draw_id, uscc, "
                + "entity_name, field, inspection_date, approved_at, approved_on, due_on, status, published_on, published_at, "
                + "published_by) VALUES (?, ?, 880006, '二字测试任务', 2030, 'D03', '2030-D03-T01-1', ?, '石河子龘靐矿业', "
                + "'LAND', DATE '2030-01-02', TIMESTAMPTZ '2030-01-03 10:00+08', DATE '2030-01-03', DATE '2030-02-01', "
                + "'PUBLISHED', DATE '2030-01-04', TIMESTAMPTZ '2030-01-04 10:00+08', 'reviewer.d03')")
                .params(recordId, recordId, uscc).update();
        jdbc.sql("INSERT INTO disclosure_result (record_id, task_id, task_name, year, unit_code, item_code, item_version, "
                + "item_name, uscc, entity_name, field, category, inspection_date, published_on) SELECT ?, 880006, "
                + "'二字测试任务', 2030, 'D03', 'D03-TWO-' || i, 1, '二字测试事项', ?, '石河子龘靐矿业', 'LAND', 'NO_PROBLEM', "
                + "DATE '2030-01-02', NULL FROM generate_series(1, 3) i").params(recordId, uscc).update();
        try {
            assertTwoCharacterCount("龘靐", 0); // approved, not published
            jdbc.sql("UPDATE disclosure_result SET published_on = DATE '2030-01-04' WHERE record_id = ?").param(recordId).update();
            assertTwoCharacterCount("龘靐", 3);
            jdbc.sql("UPDATE disclosure_result SET corrected_by_record_id = 1 WHERE record_id = ? AND item_code = 'D03-TWO-1'")
                    .param(recordId).update();
            assertTwoCharacterCount("龘靐", 3);
            jdbc.sql("UPDATE disclosure_result SET entity_name = '石河子龘Q矿业' WHERE record_id = ? AND item_code = 'D03-TWO-2'")
                    .param(recordId).update();
            assertTwoCharacterCount("龘靐", 2);
            assertTwoCharacterCount("龘q", 1); // lowered like the names' bigrams
            jdbc.sql("UPDATE disclosure_result SET published_on = NULL WHERE record_id = ? AND item_code = 'D03-TWO-3'")
                    .param(recordId).update();
            assertTwoCharacterCount("龘靐", 1);
            jdbc.sql("DELETE FROM disclosure_result WHERE record_id = ? AND item_code = 'D03-TWO-1'").param(recordId).update();
            assertTwoCharacterCount("龘靐", 0);
        } finally {
            jdbc.sql("DELETE FROM disclosure_result WHERE record_id = ?").param(recordId).update();
            jdbc.sql("DELETE FROM disclosure_record WHERE record_id = ?").param(recordId).update();
        }
        assertThat(jdbc.sql("SELECT count(*) FROM disclosure_name_gram g WHERE NOT EXISTS (SELECT 1 FROM disclosure_result r "
                + "WHERE r.id = g.result_id AND r.published_on = g.published_on AND g.gram = ANY (r.name_grams))")
                .query(Long.class).single()).as("bigram rows without their published result").isZero();
        assertThat(jdbc.sql("SELECT count(*) FROM disclosure_result r, unnest(r.name_grams) g WHERE r.published_on IS NOT NULL "
                + "AND NOT EXISTS (SELECT 1 FROM disclosure_name_gram n WHERE n.gram = g AND n.published_on = r.published_on "
                + "AND n.result_id = r.id)").query(Long.class).single()).as("published bigrams missing").isZero();
    }

    /** The bigram table's answer (no filter) and the bigram index's (the year filter every row here has) agree. */
    private void assertTwoCharacterCount(String text, int count) {
        assertThat(publicText("/public/results.json?q=" + enc(text))).as(text).containsPattern("\"count\":" + count + "[,}]");
        assertThat(publicText("/public/results.json?q=" + enc(text) + "&year=2030")).as(text + " with year")
                .containsPattern("\"count\":" + count + "[,}]");
        assertThat(publicText("/public/results?q=" + enc(text))).as(text + " page").contains("共 " + count + " 条");
    }

    private void keepPublished(long recordId, int newest) {
        jdbc.sql("UPDATE disclosure_result SET published_on = NULL WHERE record_id = ? AND substr(item_code, 9)::int > ?")
                .params(recordId, newest).update();
    }

    /** Items 1..{@code newest} published, item i on day i: page 1 holds the newest 20, page 2 the next 20. */
    private void assertPages(String text, int newest, String countText) {
        String page1 = publicText("/public/results?q=" + enc(text));
        assertThat(page1).contains(countText).contains("D03-CNT-" + newest + " ").contains("D03-CNT-" + (newest - 19) + " ")
                .doesNotContain("D03-CNT-" + (newest - 20) + " ");
        String next = page1.replaceAll("(?s).*id=\"results-next\"\\s+href=\"([^\"]+)\".*", "$1").replace("&amp;", "&");
        String page2 = publicText(next);
        assertThat(page2).contains(countText).contains("D03-CNT-" + (newest - 20) + " ").contains("D03-CNT-" + (newest - 39) + " ")
                .doesNotContain("D03-CNT-" + (newest - 19) + " ").doesNotContain("D03-CNT-" + (newest - 40) + " ");
    }

    @Test
    @DisplayName("门户页面对匿名访客无空白侧栏，有公示栏目导航；已公布的计划与任务公开")
    void publicLayout() {
        for (String path : List.of("/public", "/public/results", "/public/catalog", "/public/draws", "/public/plans")) {
            String page = publicText(path);
            assertThat(page).as(path).contains("id=\"fd-portalbar\"").doesNotContain("id=\"fd-sidebar\"");
        }
    }
}
