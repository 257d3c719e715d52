package io.fairdraw.plan;

import static org.assertj.core.api.Assertions.assertThat;

import io.fairdraw.support.AppIT;
import io.fairdraw.support.WebClient;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** 避免重复抽查、多头执法（issue 19 第 2 项）：冷却期统计任何单位、任何事项的已检查和已安排检查，并说明是哪次检查。 */
@AppIT
class OneVisitPerEntityIT {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Tasks tasks;

    private String name(String uscc) {
        return jdbc.sql("SELECT name FROM registry_entity WHERE uscc = ?").param(uscc).query(String.class).single();
    }

    private void visit(String drawId, long taskId, String uscc, String item, String status, String at) {
        jdbc.sql("INSERT INTO inspection_visit (draw_id, task_id, uscc, org_code, inspectors, item_codes, status, "
                        + "approved_at, created_at) VALUES (?, ?, ?, 'D01', ARRAY['IT-1','IT-2'], ARRAY[?], ?, "
                        + "CASE WHEN ? = 'APPROVED' THEN now() + ?::interval END, now() + ?::interval)")
                .params(drawId, taskId, uscc, item, status, status, at, at).update();
    }

    @Test
    @DisplayName("第二师在冷却期内以其他事项检查或安排检查过的主体，不进入第一师任务的抽查对象名单，剔除数说明由谁检查")
    void visitsOfAnotherUnitUnderAnotherItemCoolDown() {
        WebClient d02 = WebClient.loggedIn(port, "planner.d02");
        long d02Plan = PlanSupport.createPlan(d02, 2057);
        long d02Task = PlanSupport.createTask(d02, d02Plan,
                PlanSupport.taskForm(PlanSupport.currentVersion(jdbc, "D02-LC-001"), 2057));
        // Fresh entities whose codes (region 659000) sort first: the preview names the first 50 cooled-down
        // entities, and the other tests' draws may have put more of D01's land entities in cool-down.
        List<String> e = io.fairdraw.support.TestDivision.entities(jdbc, "D01", 3, 2057, "659000");
        assertThat(e).hasSize(3);
        visit("IT-2057-D02-1", d02Task, e.get(0), "D02-LC-001", "PLANNED", "-1 day");
        visit("IT-2057-D02-0", d02Task, e.get(1), "D02-LC-001", "APPROVED", "-2 months");
        // outside a 12-month cool-down: counts no more
        visit("IT-2057-D02-2", d02Task, e.get(2), "D02-LC-001", "APPROVED", "-14 months");

        WebClient d01 = WebClient.loggedIn(port, "planner.d01");
        long d01Plan = PlanSupport.createPlan(d01, 2057);
        Map<String, String> cooling = PlanSupport.taskForm(PlanSupport.currentVersion(jdbc, "D01-TD-001"), 2057);
        cooling.put("coolDownMonths", "12");
        long task = PlanSupport.createTask(d01, d01Plan, cooling);

        FrameRules.Result frame = tasks.frame(task, LocalDate.now(ZoneId.of("Asia/Shanghai")));
        List<String> framed = frame.entries().stream().map(FrameRules.Entry::uscc).toList();
        assertThat(framed).doesNotContain(e.get(0), e.get(1)).contains(e.get(2));
        assertThat(frame.cooledDown()).contains(e.get(0), e.get(1)).doesNotContain(e.get(2));
        assertThat(frame.excluded().get(ExclusionRule.COOL_DOWN)).isEqualTo(frame.cooledDown().size());

        // the task page's preview says which unit's task, which item and when
        String page = d01.get("/tasks/" + task).body();
        assertThat(page).contains("冷却期内已被检查或已安排检查（任何单位、任何事项）：" + frame.cooledDown().size() + " 户");
        // issue 21 item 2: the entity's name beside its code
        assertThat(page).contains(e.get(0) + " " + name(e.get(0)) + "：D02 2057 年任务 T01").contains("事项 D02-LC-001")
                .contains("已安排检查").contains(e.get(1) + " " + name(e.get(1)) + "：D02 2057 年任务 T01").contains("已检查");
        assertThat(page).doesNotContain(e.get(2) + "：D02");

        // the task JSON API gives the same count and names the same visits
        String json = new WebClient(port).api("GET", "/api/v1/tasks/" + task, "planner.d01", null).body();
        assertThat(json).contains("\"COOL_DOWN\":" + frame.cooledDown().size() + "}")
                .contains("{\"uscc\":\"" + e.get(0) + "\",\"unitCode\":\"D02\",\"year\":2057,\"taskCode\":\"T01\","
                        + "\"itemCodes\":[\"D02-LC-001\"],\"status\":\"PLANNED\"")
                .contains("{\"uscc\":\"" + e.get(1) + "\",\"unitCode\":\"D02\"")
                .doesNotContain("\"uscc\":\"" + e.get(2) + "\"");

        // without a cool-down the same entities are in the frame
        Map<String, String> none = PlanSupport.taskForm(PlanSupport.currentVersion(jdbc, "D01-TD-001"), 2057);
        none.put("coolDownMonths", "0");
        long free = PlanSupport.createTask(d01, d01Plan, none);
        assertThat(tasks.frame(free, LocalDate.now(ZoneId.of("Asia/Shanghai"))).entries())
                .extracting(FrameRules.Entry::uscc).contains(e.get(0), e.get(1), e.get(2));
    }
}
