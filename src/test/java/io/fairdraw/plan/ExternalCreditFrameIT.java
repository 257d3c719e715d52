package io.fairdraw.plan;

import static org.assertj.core.api.Assertions.assertThat;

import io.fairdraw.support.AppIT;
import io.fairdraw.support.SignedCredit;
import io.fairdraw.support.TestDivision;
import io.fairdraw.support.WebClient;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * issue 20 验收 3：外部信用变更上调主体的风险分类后，任务的下一份抽查对象名单把它放入比例更高的层级
 * （差异化监管：D 类比例高于未分类）。
 */
@AppIT
class ExternalCreditFrameIT {

    static final int YEAR = 2009;
    static final String UNIT = "CR20";
    static final String SOURCE = "IT-FRAME";
    static final String SECRET = "it-frame-secret-0123456789-abcdefghi";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Tasks tasks;

    private String stratum(long task, String uscc) {
        return tasks.frame(task, LocalDate.now(ZoneId.of("Asia/Shanghai"))).entries().stream()
                .filter(e -> e.uscc().equals(uscc)).map(FrameRules.Entry::stratum).findFirst().orElseThrow();
    }

    private int ratio(long task, String stratum) {
        return jdbc.sql("SELECT ratio_bp FROM plan_task_ratio WHERE task_id = ? AND stratum = ?").params(task, stratum)
                .query(Integer.class).single();
    }

    @Test
    @DisplayName("签名接口把一户未分类主体上调为 D 类后，同一任务的下一份名单把它放入 D 层（比例 9%，高于未分类层的 3%）")
    void anInboundChangeMovesTheEntityIntoTheHigherStratum() {
        TestDivision.create(jdbc, UNIT);
        List<String> e = TestDivision.entities(jdbc, UNIT, 3, YEAR);
        SignedCredit.source(jdbc, SOURCE, "国家企业信用信息公示系统（验收）", SECRET);
        WebClient planner = WebClient.loggedIn(port, "planner." + UNIT.toLowerCase(java.util.Locale.ROOT));
        long plan = PlanSupport.createPlan(planner, YEAR);
        Map<String, String> form = PlanSupport.taskForm(PlanSupport.currentVersion(jdbc, UNIT + "-IT-001"), YEAR);
        long task = PlanSupport.createTask(planner, plan, form);
        assertThat(ratio(task, "D")).isGreaterThan(ratio(task, "X"));

        assertThat(stratum(task, e.get(0))).isEqualTo("X");

        String today = LocalDate.now(ZoneId.of("Asia/Shanghai")).toString();
        var r = SignedCredit.post(port, SOURCE, SECRET, SignedCredit.change("FRAME-IT-1", e.get(0), "D", today,
                "列入严重违法失信名单", "验收〔2009〕1号"), Instant.now().getEpochSecond());
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);

        FrameRules.Result next = tasks.frame(task, LocalDate.now(ZoneId.of("Asia/Shanghai")));
        assertThat(next.entries()).filteredOn(x -> x.uscc().equals(e.get(0))).extracting(FrameRules.Entry::stratum)
                .containsExactly("D");
        assertThat(next.entries()).filteredOn(x -> !x.uscc().equals(e.get(0))).extracting(FrameRules.Entry::stratum)
                .containsOnly("X");
        assertThat(next.sizeByStratum()).containsEntry("D", 1).containsEntry("X", 2);
    }
}
