package io.fairdraw.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.fairdraw.inspection.InspectionEvents;
import io.fairdraw.plan.DemoPlans;
import io.fairdraw.plan.TaskView;
import io.fairdraw.plan.Tasks;
import io.fairdraw.support.AppIT;
import io.fairdraw.support.WebClient;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/** 问题 19 第 1 项：统计显示各单位各事项的实际抽查比例（已检查 ÷ 抽取时冻结的名录数）与清单公布比例。 */
@AppIT
class AchievedShareIT {

    static final int YEAR = 2060;
    static final long RECORD_BASE = 2_060_000_000L;

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

    @Test
    @DisplayName("已检查 ÷ 名录数，对照清单比例；更正后的结果不重复计数")
    void achievedSharePerItemAndUnit() {
        ReportFixtures.Draw d = ReportFixtures.executedDraw(plans, new WebClient(port), "D01", YEAR, 10);
        assertThat(d.selected()).hasSizeGreaterThanOrEqualTo(2);
        TaskView task = tasks.task(d.taskId()).orElseThrow();
        String item = task.items().get(0).code();
        int frame = jdbc.sql("SELECT frame_size FROM draw_announcement WHERE draw_id = ?").param(d.drawId())
                .query(Integer.class).single();
        BigDecimal ratio = jdbc.sql("SELECT v.ratio_percent FROM catalog_item_version v WHERE v.id = ?")
                .param(task.items().get(0).versionId()).query(BigDecimal.class).single();
        LocalDate on = LocalDate.of(YEAR, 5, 6);
        InspectionEvents.ResultApproved first = ReportFixtures.approved(RECORD_BASE + 1, null, task, d.drawId(),
                d.selected().get(0), "LAND", on, Map.of());
        InspectionEvents.ResultApproved second = ReportFixtures.approved(RECORD_BASE + 2, null, task, d.drawId(),
                d.selected().get(1), "LAND", on, Map.of());
        InspectionEvents.ResultApproved correction = ReportFixtures.approved(RECORD_BASE + 3, second.recordId(), task,
                d.drawId(), d.selected().get(1), "LAND", on, Map.of());
        ReportFixtures.publishInTransaction(tx, events, first, second);
        ReportFixtures.publishInTransaction(tx, events, correction);

        String page = WebClient.loggedIn(port, "reviewer.d01").get("/report?year=" + YEAR + "&unit=D01").body();
        assertThat(page).contains("id=\"table-achieved\"").contains("清单公布比例");
        String row = page.substring(page.indexOf("data-item=\"" + item + "\"", page.indexOf("id=\"table-achieved\"")));
        row = row.substring(0, row.indexOf("</tr>"));
        String expected = BigDecimal.valueOf(200).divide(BigDecimal.valueOf(frame), 2, RoundingMode.DOWN).toPlainString();
        assertThat(row).contains("<td>D01 第一师阿拉尔市自然资源和规划局</td>").contains(">" + frame + "<").contains(">2<")
                .contains(expected + "%").contains(ratio.stripTrailingZeros().toPlainString() + "%");
    }
}
