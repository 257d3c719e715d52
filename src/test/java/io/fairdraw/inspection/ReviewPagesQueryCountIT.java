package io.fairdraw.inspection;

import static org.assertj.core.api.Assertions.assertThat;

import io.fairdraw.plan.DemoPlans;
import io.fairdraw.support.AppIT;
import io.fairdraw.support.StatementCounter;
import io.fairdraw.support.TestDivision;
import io.fairdraw.support.WebClient;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * 审核页面的查询次数与行数无关（issue 22 item 4）：待审核列表、审核人打开的检查任务页和检查记录表，
 * 3 行与 30 行执行的 SQL 语句数相同（每页一个联合查询，不再每行一查）。A division of its own (D77);
 * the records are copies of one the team opened, written straight into the tables.
 */
@AppIT
@Import(StatementCounter.Config.class)
class ReviewPagesQueryCountIT {

    static final String UNIT = "D77";
    static final int YEAR = 2077;
    static final int FEW = 3;
    static final int MANY = 30;

    @LocalServerPort
    int port;

    @Autowired
    DemoPlans plans;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    StatementCounter sql;

    @Test
    @DisplayName("待审核列表、检查任务页、检查记录表：3 行与 30 行的 SQL 语句数相同")
    void reviewPagesRunAFixedNumberOfStatements() {
        TestDivision.create(jdbc, UNIT);
        // the division's item gets a 检查表 of two points, so every record has points and point evidence
        jdbc.sql("""
                INSERT INTO catalog_checklist_point (version_id, point_no, text, clause, method)
                SELECT v.id, n, '检查要点 ' || n, '第' || n || '条', '现场核查'
                FROM catalog_item_version v JOIN catalog_item i ON i.id = v.item_id, generate_series(1, 2) n
                WHERE i.code = ?""").param(UNIT + "-IT-001").update();
        for (int i = 1; i <= 8; i++) {
            TestDivision.inspector(jdbc, "XJ-D77-00" + i, UNIT);
        }
        TestDivision.entities(jdbc, UNIT, MANY + 3, 2077);
        String drawId = InspectionFixtures.drawnTask(jdbc, plans, new WebClient(port), UNIT, YEAR, 100, null);
        List<InspectionFixtures.VisitRow> visits = InspectionFixtures.visits(jdbc, drawId);
        assertThat(visits).hasSizeGreaterThanOrEqualTo(MANY + 3);

        // The template: a record the team opened (items and 检查表 points as the application makes them).
        InspectionFixtures.VisitRow first = visits.get(0);
        String member = InspectionFixtures.accountFor(jdbc, first.inspectors().get(0));
        WebClient team = WebClient.loggedIn(port, member);
        team.get("/inspection/visits/" + first.id());
        assertThat(team.postForm("/inspection/visits/" + first.id() + "/record", Map.of()).statusCode()).isEqualTo(302);
        long template = InspectionFixtures.openRecord(jdbc, first.id());
        assertThat(jdbc.sql("SELECT count(*) FROM inspection_record_point WHERE record_id = ?").param(template)
                .query(Long.class).single()).as("the 检查表 has points").isPositive();

        WebClient reviewer = WebClient.loggedIn(port, "reviewer." + UNIT.toLowerCase(java.util.Locale.ROOT));

        // 待审核: 3 submitted records, then 30.
        for (int i = 1; i <= FEW; i++) {
            copy(template, visits.get(i).id(), "SUBMITTED");
        }
        int few = statements(reviewer, "/inspection/review", FEW);
        for (int i = FEW + 1; i <= MANY; i++) {
            copy(template, visits.get(i).id(), "SUBMITTED");
        }
        int many = statements(reviewer, "/inspection/review", MANY);
        assertThat(many).as("待审核 at %d rows vs %d rows", MANY, FEW).isEqualTo(few);

        // The visit page and the record sheet a reviewer opens: a visit with 3 records, one with 30.
        long small = visits.get(MANY + 1).id();
        long large = visits.get(MANY + 2).id();
        long smallOpen = history(template, small, FEW);
        long largeOpen = history(template, large, MANY);
        int visitFew = statements(reviewer, "/inspection/visits/" + small, 0);
        int visitMany = statements(reviewer, "/inspection/visits/" + large, 0);
        assertThat(visitMany).as("检查任务页 with %d records vs %d", MANY, FEW).isEqualTo(visitFew);
        int sheetFew = statements(reviewer, "/inspection/records/" + smallOpen + "/sheet", 0);
        int sheetMany = statements(reviewer, "/inspection/records/" + largeOpen + "/sheet", 0);
        assertThat(sheetMany).as("检查记录表 with %d records vs %d", MANY, FEW).isEqualTo(sheetFew);
        System.out.printf("statements per page (%d rows / %d rows): review %d/%d, visit %d/%d, sheet %d/%d%n", FEW, MANY,
                few, many, visitFew, visitMany, sheetFew, sheetMany);
    }

    /**
     * The statements the page runs (after one warm-up request), checking it shows {@code rows}
     * review links when {@code rows} is positive.
     */
    private int statements(WebClient c, String path, int rows) {
        HttpResponse<String> warm = c.get(path);
        assertThat(warm.statusCode()).as(path).isEqualTo(200);
        if (rows > 0) {
            assertThat(Pattern.compile("href=\"/inspection/visits/\\d+\"").matcher(warm.body()).results().count())
                    .as("rows of %s", path).isEqualTo(rows);
        }
        List<String> seen = sql.countOnRequestThreads(() -> assertThat(c.get(path).statusCode()).isEqualTo(200));
        assertThat(seen).as("the counter sees the page's statements").isNotEmpty();
        return seen.size();
    }

    /** {@code count} records of a visit: approved ones and a submitted one last; returns the submitted one. */
    private long history(long template, long visitId, int count) {
        for (int i = 1; i < count; i++) {
            copy(template, visitId, "APPROVED");
        }
        return copy(template, visitId, "SUBMITTED");
    }

    /** A copy of the template record on another visit, with its items, points and a point's evidence file. */
    private long copy(long template, long visitId, String status) {
        boolean approved = status.equals("APPROVED");
        long id = jdbc.sql("""
                INSERT INTO inspection_record (visit_id, status, inspection_date, confirmed_by, created_by, updated_by,
                    submitted_by, submitted_at, submitted_on, publication_due, approved_by, approved_at, approved_on)
                SELECT ?, ?, current_date - 1, '{}', 'it.team', 'it.team', 'it.team', now(), current_date,
                    current_date + 28, CASE WHEN ? THEN 'it.reviewer' END, CASE WHEN ? THEN now() END,
                    CASE WHEN ? THEN current_date END
                FROM inspection_record WHERE id = ? RETURNING id""")
                .params(visitId, status, approved, approved, approved, template).query(Long.class).single();
        jdbc.sql("""
                INSERT INTO inspection_record_item (record_id, item_code, item_version, item_name, owner_unit,
                    legal_basis, sort, category, disposal, findings)
                SELECT ?, item_code, item_version, item_name, owner_unit, legal_basis, sort, 'NO_PROBLEM', NULL, ''
                FROM inspection_record_item WHERE record_id = ?""").params(id, template).update();
        jdbc.sql("""
                INSERT INTO inspection_record_point (record_id, item_code, point_no, text, clause, method, answer, finding)
                SELECT ?, item_code, point_no, text, clause, method, 'COMPLIANT', ''
                FROM inspection_record_point WHERE record_id = ?""").params(id, template).update();
        InspectionFixtures.pointEvidence(jdbc, id);
        return id;
    }
}
