package io.fairdraw.disclosure;

import static org.assertj.core.api.Assertions.assertThat;

import io.fairdraw.inspection.ResultCategory;
import io.fairdraw.support.AppIT;
import io.fairdraw.support.WebClient;
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

/** 结果公示：只有任务所属单位的审核人可公示；20 个工作日期限（跨节假日）与逾期标记；已公示的只能以公示的更正来更正。 */
@AppIT
class PublicationIT {

    @LocalServerPort
    int port;
    @Autowired
    TransactionTemplate tx;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    JdbcClient jdbc;

    DisclosureFixtures fx;

    @Autowired
    org.springframework.context.ConfigurableApplicationContext context;

    /** Listens like report and reminders will (added at run time so the shared test context stays the same). */
    final List<DisclosureEvents.ResultPublished> published = new java.util.concurrent.CopyOnWriteArrayList<>();

    @BeforeEach
    void setUp() {
        fx = new DisclosureFixtures(tx, events);
        context.addApplicationListener((org.springframework.context.ApplicationListener<
                org.springframework.context.PayloadApplicationEvent<?>>) e -> {
            if (e.getPayload() instanceof DisclosureEvents.ResultPublished p) {
                published.add(p);
            }
        });
    }

    private String status(long record) {
        return jdbc.sql("SELECT status FROM disclosure_record WHERE record_id = ?").param(record).query(String.class)
                .single();
    }

    private String publicText(String path) {
        return new String(new WebClient(port).getBytes(path).body(), StandardCharsets.UTF_8);
    }

    @Test
    @DisplayName("期限为检查模块随审核事件带来的提交后第 20 个工作日：2026-09-24 提交，跨中秋、国庆（含 10 月 10 日调休上班）到 2026-10-29；逾期的标红")
    void dueDateAcrossHolidaysAndOverdue() {
        long r = DisclosureFixtures.nextId();
        String uscc = DisclosureFixtures.uscc();
        fx.approve(r, null, 880101, "期限测试任务", 2026, "D01", uscc, "期限测试公司", LocalDate.of(2026, 9, 24),
                ResultCategory.NO_PROBLEM);
        assertThat(jdbc.sql("SELECT due_on FROM disclosure_record WHERE record_id = ?").param(r)
                .query(LocalDate.class).single()).isEqualTo(LocalDate.of(2026, 10, 29));

        String page = WebClient.loggedIn(port, "reviewer.d01").get("/disclosure").body();
        String row = page.substring(page.indexOf("id=\"pending-" + r + "\""));
        row = row.substring(0, row.indexOf("</tr>"));
        // today (after 2026-10-29) is past the deadline
        assertThat(row).contains("2026-10-29").contains("fd-overdue").contains("已逾期");
        assertThat(page).contains("id=\"overdue-alert\"");
    }

    @Test
    @DisplayName("只有本单位审核人能公示：他单位审核人、本单位计划员、检查人员均被拒；重复公示 409；公示记入审计日志并发出事件")
    void rolesAndTransitions() {
        long r = DisclosureFixtures.nextId();
        String uscc = DisclosureFixtures.uscc();
        fx.approve(r, null, 880102, "角色测试任务", 2026, "D01", uscc, "角色测试公司", LocalDate.of(2026, 11, 23),
                ResultCategory.NO_PROBLEM);
        for (String user : List.of("reviewer.d02", "planner.d01", "inspector.d01a", "auditor")) {
            WebClient c = WebClient.loggedIn(port, user);
            c.get("/");
            assertThat(c.postForm("/disclosure/records/" + r + "/publish", Map.of()).statusCode()).as(user)
                    .isEqualTo(403);
            assertThat(c.postForm("/disclosure/tasks/880102/publish", Map.of()).statusCode()).as(user)
                    .isIn(403, 409);
        }
        assertThat(WebClient.loggedIn(port, "reviewer.d02").get("/disclosure").body()).doesNotContain("角色测试公司");
        assertThat(status(r)).isEqualTo("PENDING");

        WebClient reviewer = WebClient.loggedIn(port, "reviewer.d01");
        reviewer.get("/disclosure");
        assertThat(reviewer.postForm("/disclosure/records/" + r + "/publish", Map.of()).statusCode()).isEqualTo(302);
        assertThat(status(r)).isEqualTo("PUBLISHED");
        assertThat(reviewer.postForm("/disclosure/records/" + r + "/publish", Map.of()).statusCode()).isEqualTo(409);
        assertThat(reviewer.postForm("/disclosure/tasks/880102/publish", Map.of()).statusCode()).isEqualTo(409);
        assertThat(jdbc.sql("SELECT count(*) FROM audit_entry WHERE action = 'RESULT_PUBLISHED' AND target_id = ? "
                + "AND actor = 'reviewer.d01'").param(String.valueOf(r)).query(Long.class).single()).isEqualTo(1);
        assertThat(published).anyMatch(e -> e.recordId() == r && e.onTime()
                && e.dueOn().equals(LocalDate.of(2026, 12, 21)) && e.unitCode().equals("D01"));
        // approving the same record twice (a replayed event) changes nothing
        fx.approve(r, null, 880102, "角色测试任务", 2026, "D01", uscc, "角色测试公司", LocalDate.of(2026, 11, 23),
                ResultCategory.CORRECTED);
        assertThat(status(r)).isEqualTo("PUBLISHED");
        assertThat(publicText("/public/results.json?uscc=" + uscc)).doesNotContain("CORRECTED");
    }

    @Test
    @DisplayName("更正：已公示的结果在更正公示前保持原样；更正公示后原结果标为已更正并链接到新结果；未公示即被更正的不再公示")
    void corrections() {
        String uscc = DisclosureFixtures.uscc();
        long a = DisclosureFixtures.nextId();
        fx.approve(a, null, 880103, "更正测试任务", 2026, "D01", uscc, "更正测试公司", LocalDate.of(2026, 11, 2),
                ResultCategory.PENDING_FOLLOW_UP);
        WebClient reviewer = WebClient.loggedIn(port, "reviewer.d01");
        reviewer.get("/disclosure");
        reviewer.postForm("/disclosure/records/" + a + "/publish", Map.of());

        long b = DisclosureFixtures.nextId();
        fx.approve(b, a, 880103, "更正测试任务", 2026, "D01", uscc, "更正测试公司", LocalDate.of(2026, 11, 25),
                ResultCategory.CORRECTED);
        assertThat(status(a)).isEqualTo("PUBLISHED");
        String before = publicText("/public/entities/" + uscc);
        assertThat(before).doesNotContain("已更正").contains("发现问题待后续处理").doesNotContain("发现问题已责令改正");

        reviewer.get("/disclosure");
        assertThat(reviewer.postForm("/disclosure/records/" + b + "/publish", Map.of()).statusCode()).isEqualTo(302);
        String after = publicText("/public/entities/" + uscc);
        assertThat(after).contains("已更正").contains("href=\"#record-" + b + "\"").contains("id=\"record-" + b + "\"")
                .contains("发现问题已责令改正");
        assertThat(publicText("/public/results.json?uscc=" + uscc)).contains("\"correctedByRecordId\":" + b);

        // corrected before publication: the old record is withdrawn from the queue
        long c = DisclosureFixtures.nextId();
        fx.approve(c, null, 880104, "更正测试任务二", 2026, "D01", uscc, "更正测试公司", LocalDate.of(2026, 11, 2),
                ResultCategory.NO_PROBLEM);
        long d = DisclosureFixtures.nextId();
        fx.approve(d, c, 880104, "更正测试任务二", 2026, "D01", uscc, "更正测试公司", LocalDate.of(2026, 11, 3),
                ResultCategory.NOT_DISCLOSED);
        assertThat(status(c)).isEqualTo("SUPERSEDED");
        reviewer.get("/disclosure");
        assertThat(reviewer.postForm("/disclosure/records/" + c + "/publish", Map.of()).statusCode()).isEqualTo(409);
        assertThat(reviewer.postForm("/disclosure/tasks/880104/publish", Map.of()).statusCode()).isEqualTo(302);
        assertThat(status(d)).isEqualTo("PUBLISHED");
        assertThat(publicText("/public/results.json?uscc=" + uscc)).doesNotContain("\"recordId\":" + c + ",");
    }
}
