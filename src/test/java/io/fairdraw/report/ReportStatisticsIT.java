package io.fairdraw.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.fairdraw.inspection.InspectionEvents;
import io.fairdraw.inspection.ResultCategory;
import io.fairdraw.plan.DemoPlans;
import io.fairdraw.plan.TaskView;
import io.fairdraw.plan.Tasks;
import io.fairdraw.support.AppIT;
import io.fairdraw.support.WebClient;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

/**
 * 统计：本测试创建计划、经接口执行抽取、在事务内发布结果审核与公示事件，再核对统计页、导出的 Excel 和图表数据
 * 与所建数据一致（期望值由所建数据算出）；单位用户只能看到本单位。
 */
@AppIT
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReportStatisticsIT {

    static final int YEAR = 2044;
    static final long RECORD_BASE = 2_044_000_000L;

    @LocalServerPort
    int port;
    @Autowired
    DemoPlans plans;
    @Autowired
    Tasks tasks;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TransactionTemplate tx;
    @Autowired
    ApplicationEventPublisher events;

    ReportFixtures.Draw d01;
    ReportFixtures.Draw d02;
    TaskView task01;
    InspectionEvents.ResultApproved r0;
    InspectionEvents.ResultApproved r1;
    InspectionEvents.ResultApproved r2;
    InspectionEvents.ResultApproved r2corrected;

    @BeforeAll
    void createData() {
        WebClient client = new WebClient(port);
        d01 = ReportFixtures.executedDraw(plans, client, "D01", YEAR, 10);
        d02 = ReportFixtures.executedDraw(plans, client, "D02", YEAR, 10);
        assertThat(d01.selected()).as("the D01 draw selects enough entities for this test").hasSizeGreaterThanOrEqualTo(3);
        task01 = tasks.task(d01.taskId()).orElseThrow();
        String item0 = task01.items().get(0).code();
        LocalDate approved = LocalDate.of(YEAR, 5, 6);
        // r0: no problem, published on time; r1: a problem on item 0, published late;
        // r2: a problem, then corrected to no problem (the correction counts), never published and overdue.
        r0 = ReportFixtures.approved(RECORD_BASE + 1, null, task01, d01.drawId(), d01.selected().get(0),
                field(d01.selected().get(0).uscc()), approved, Map.of());
        r1 = ReportFixtures.approved(RECORD_BASE + 2, null, task01, d01.drawId(), d01.selected().get(1),
                field(d01.selected().get(1).uscc()), approved, Map.of(item0, ResultCategory.CORRECTED));
        r2 = ReportFixtures.approved(RECORD_BASE + 3, null, task01, d01.drawId(), d01.selected().get(2),
                field(d01.selected().get(2).uscc()), LocalDate.of(2026, 10, 9), Map.of(item0, ResultCategory.PENDING_FOLLOW_UP));
        r2corrected = ReportFixtures.approved(RECORD_BASE + 4, r2.recordId(), task01, d01.drawId(), d01.selected().get(2),
                field(d01.selected().get(2).uscc()), LocalDate.of(2026, 10, 9), Map.of());
        ReportFixtures.publishInTransaction(tx, events, r0, r1);
        ReportFixtures.publishInTransaction(tx, events, r2);
        ReportFixtures.publishInTransaction(tx, events, r2corrected,
                ReportFixtures.published(r0, LocalDate.of(YEAR, 6, 3), LocalDate.of(YEAR, 5, 20)),
                ReportFixtures.published(r1, LocalDate.of(YEAR, 6, 3), LocalDate.of(YEAR, 6, 10)));
    }

    private String field(String uscc) {
        return jdbc.sql("SELECT field FROM registry_entity WHERE uscc = ?").param(uscc).query(String.class).single();
    }

    private List<Row> xlsx(WebClient client, String path) throws IOException {
        HttpResponse<byte[]> r = client.getBytes(path);
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type").orElse("")).contains("spreadsheetml");
        try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(r.body()))) {
            return wb.getFirstSheet().read();
        }
    }

    private static Optional<Row> row(List<Row> rows, String first) {
        return rows.stream().skip(1).filter(r -> first.equals(r.getCellText(0))).findFirst();
    }

    private static double num(Row r, int c) {
        return new BigDecimal(r.getCellText(c)).doubleValue();
    }

    private static double pct(long a, long b) {
        return Math.round(1000.0 * a / b) / 10.0;
    }

    @Test
    @DisplayName("分单位统计（导出 Excel 解析回来）与所建的抽取、结果、公示一致")
    void unitFiguresMatchTheCreatedData() throws IOException {
        WebClient auditor = WebClient.loggedIn(port, "auditor");
        List<Row> rows = xlsx(auditor, "/report/units.xlsx?year=" + YEAR);
        assertThat(rows.get(0).getCellText(0)).isEqualTo("单位");
        Row d01Row = row(rows, "D01").orElseThrow();
        int items = task01.items().size();
        assertThat(d01Row.getCellText(4)).isEqualTo("按时"); // submitted today, long before 31 March of YEAR
        assertThat(num(d01Row, 5)).isEqualTo(1);                                // tasks
        assertThat(num(d01Row, 6)).isEqualTo(d01.selected().size());            // drawn
        assertThat(num(d01Row, 7)).isEqualTo(3);                                // inspected entities
        assertThat(num(d01Row, 8)).isEqualTo(3 * items);                        // item results (correction replaces r2)
        assertThat(num(d01Row, 9)).isEqualTo(1);                                // problems: r1's item 0
        assertThat(num(d01Row, 10)).isEqualTo(pct(1, 3L * items));
        assertThat(num(d01Row, 11)).isEqualTo(4);                               // approved records
        assertThat(num(d01Row, 12)).isEqualTo(2);                               // published
        assertThat(num(d01Row, 13)).isEqualTo(1);                               // on time
        assertThat(num(d01Row, 14)).isEqualTo(50.0);
        assertThat(num(d01Row, 15)).isEqualTo(1);                               // pending: the correction
        assertThat(num(d01Row, 16)).isEqualTo(1);                               // overdue since November 2026

        Row d02Row = row(rows, "D02").orElseThrow();
        assertThat(num(d02Row, 6)).isEqualTo(d02.selected().size());
        assertThat(num(d02Row, 7)).isZero();
        assertThat(d02Row.getCellText(10)).isEmpty();                          // no results: no rate
        Row total = row(rows, "合计").orElseThrow();
        long drawnAll = rows.stream().skip(1).filter(r -> !r.getCellText(0).equals("合计"))
                .mapToLong(r -> (long) num(r, 6)).sum();
        assertThat(num(total, 6)).isEqualTo(drawnAll).isGreaterThanOrEqualTo(d01.selected().size() + d02.selected().size());
    }

    @Test
    @DisplayName("问题发现率按事项、名录库覆盖率按领域，与所建数据和名录库一致")
    void itemsAndCoverageMatch() throws IOException {
        WebClient reviewer = WebClient.loggedIn(port, "reviewer.d01");
        List<Row> items = xlsx(reviewer, "/report/items.xlsx?year=" + YEAR);
        String item0 = task01.items().get(0).code();
        for (TaskView.Item i : task01.items()) {
            Row r = row(items, i.code()).orElseThrow();
            assertThat(num(r, 2)).as(i.code()).isEqualTo(3);
            assertThat(num(r, 3)).as(i.code()).isEqualTo(i.code().equals(item0) ? 1 : 0);
        }

        Map<String, Long> registered = new HashMap<>();
        jdbc.sql("SELECT field, count(*) FROM registry_entity WHERE unit_code = 'D01' AND status = 'ACTIVE' GROUP BY field")
                .query(rs -> {
                    registered.put(rs.getString(1), rs.getLong(2));
                });
        Map<String, Long> drawn = d01.selected().stream().filter(s -> s.orgCode().equals("D01"))
                .collect(Collectors.groupingBy(s -> field(s.uscc()), Collectors.counting()));
        Map<String, Long> inspected = List.of(r0, r1, r2).stream()
                .collect(Collectors.groupingBy(InspectionEvents.ResultApproved::field, Collectors.counting()));
        List<Row> coverage = xlsx(reviewer, "/report/coverage.xlsx?year=" + YEAR);
        String[] fields = {"LAND", "PLANNING", "FOREST_GRASS", "MINERAL", "SURVEYING", "OTHER"};
        assertThat(coverage).hasSize(1 + fields.length);
        for (int f = 0; f < fields.length; f++) {
            Row r = coverage.get(1 + f);
            assertThat(num(r, 1)).as(fields[f]).isEqualTo((double) registered.getOrDefault(fields[f], 0L));
            assertThat(num(r, 2)).as(fields[f]).isEqualTo((double) drawn.getOrDefault(fields[f], 0L));
            assertThat(num(r, 4)).as(fields[f]).isEqualTo((double) inspected.getOrDefault(fields[f], 0L));
        }
    }

    @Test
    @DisplayName("检查人员工作量：每人户次等于抽取记录中的检查组次数，未抽中者为 0，最大值一致")
    void workloadMatchesTheTeams() throws IOException {
        Map<String, Long> expected = d01.selected().stream().flatMap(s -> s.inspectors().stream())
                .collect(Collectors.groupingBy(i -> i, Collectors.counting()));
        d02.selected().stream().flatMap(s -> s.inspectors().stream()).forEach(i -> expected.merge(i, 1L, Long::sum));
        WebClient reviewer = WebClient.loggedIn(port, "reviewer.d01");
        List<Row> rows = xlsx(reviewer, "/report/workload.xlsx?year=" + YEAR);
        assertThat(rows).hasSizeGreaterThan(1);
        long max = 0;
        for (Row r : rows.subList(1, rows.size())) {
            assertThat(r.getCellText(2)).isEqualTo("D01");
            long want = expected.getOrDefault(r.getCellText(0), 0L);
            assertThat(num(r, 3)).as(r.getCellText(0)).isEqualTo(want);
            max = Math.max(max, want);
        }
        List<String> d01Inspectors = jdbc.sql("SELECT id FROM inspector WHERE unit_code = 'D01'").query(String.class).list();
        long d01Visits = expected.entrySet().stream().filter(e -> d01Inspectors.contains(e.getKey()))
                .mapToLong(Map.Entry::getValue).sum();
        assertThat(rows.subList(1, rows.size()).stream().mapToLong(r -> (long) num(r, 3)).sum()).isEqualTo(d01Visits);
        Row unit = row(xlsx(reviewer, "/report/units.xlsx?year=" + YEAR), "D01").orElseThrow();
        assertThat(num(unit, 17)).isEqualTo(rows.size() - 1);
        assertThat(num(unit, 20)).isEqualTo(max);
    }

    @Test
    @DisplayName("单位用户只看到本单位；监督员看到全部单位；图表数据与通报页可用")
    void scopingChartsAndBulletin() {
        WebClient reviewer = WebClient.loggedIn(port, "reviewer.d01");
        HttpResponse<String> own = reviewer.get("/report?year=" + YEAR);
        assertThat(own.statusCode()).isEqualTo(200);
        assertThat(own.body()).contains("data-unit=\"D01\"").doesNotContain("data-unit=\"D02\"");
        assertThat(reviewer.get("/report?year=" + YEAR + "&unit=D02").statusCode()).isEqualTo(404);
        assertThat(WebClient.loggedIn(port, "inspector.d01a").get("/report").statusCode()).isEqualTo(403);

        WebClient auditor = WebClient.loggedIn(port, "auditor");
        String page = auditor.get("/report?year=" + YEAR).body();
        assertThat(page).contains("data-unit=\"D01\"").contains("data-unit=\"D02\"");
        // issue 21 item 2: the workload table's unit column names the unit (its code is the cell's title).
        var workloadUnits = org.jsoup.Jsoup.parse(page).select("#table-workload tbody tr td:nth-child(3)");
        assertThat(workloadUnits).isNotEmpty().allSatisfy(td -> assertThat(td.text()).as(td.attr("title"))
                .containsPattern("\\p{IsHan}").isNotEqualTo(td.attr("title")));
        JsonNode charts = ReportFixtures.JSON.readTree(auditor.getBytes("/report/charts.json?year=" + YEAR).body());
        List<String> labels = charts.get("units").get("labels").valueStream().map(JsonNode::stringValue).toList();
        List<String> codes = charts.get("units").get("codes").valueStream().map(JsonNode::stringValue).toList();
        int i01 = codes.indexOf("D01");
        assertThat(i01).isNotNegative();
        // issue 21 item 2: the chart names the unit; the code stays in "codes" only.
        assertThat(labels.get(i01)).isEqualTo("第一师阿拉尔市自然资源和规划局");
        assertThat(labels).doesNotContain("D01", "D02");
        assertThat(charts.get("workload").get("labels").valueStream().map(JsonNode::stringValue).toList())
                .isNotEmpty().noneMatch(l -> l.matches(".*\\((D|BT)[0-9A-Z-]*\\)$"));
        assertThat(charts.get("units").get("series").get(0).get("data").get(i01).asLong()).isEqualTo(d01.selected().size());
        assertThat(charts.get("items").get("labels")).hasSize(task01.items().size());

        HttpResponse<String> english = auditor.get("/report?year=" + YEAR + "&lang=en");
        assertThat(english.statusCode()).isEqualTo(200);
        assertThat(english.body()).contains("Random inspections in " + YEAR).contains("Entities drawn");
        auditor.get("/report?lang=zh_CN");

        HttpResponse<String> bulletin = auditor.get("/report/bulletin?year=" + YEAR + "&unit=D01");
        assertThat(bulletin.statusCode()).isEqualTo(200);
        assertThat(bulletin.body()).contains("print.css").contains("随机抽取检查对象 " + d01.selected().size() + " 户")
                .contains("已完成检查 3 户");
    }
}
