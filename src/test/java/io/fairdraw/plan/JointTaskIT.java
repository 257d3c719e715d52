package io.fairdraw.plan;

import static org.assertj.core.api.Assertions.assertThat;

import io.fairdraw.support.AppIT;
import io.fairdraw.support.WebClient;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** 联合抽查：邀请、确认、配合单位加入事项；审核前的重复抽查检查。 */
@AppIT
class JointTaskIT {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Tasks tasks;

    @Test
    @DisplayName("牵头单位邀请，配合单位确认并加入本单位事项；联合单位的检查人员进入名单单位")
    void inviteConfirmContribute() {
        WebClient lead = WebClient.loggedIn(port, "planner.d01");
        long plan = PlanSupport.createPlan(lead, 2047);
        long task = PlanSupport.createTask(lead, plan, PlanSupport.taskForm(PlanSupport.currentVersion(jdbc, "D01-KC-001"),
                2047));
        lead.get("/tasks/" + task);
        lead.postForm("/tasks/" + task + "/partners", Map.of("partner", "D02"));
        assertThat(lead.get("/tasks/" + task).body()).contains("data-partner-status=\"INVITED\"");

        WebClient partner = WebClient.loggedIn(port, "planner.d02");
        assertThat(partner.get("/plans").body()).contains("联合抽查邀请待确认").contains("/tasks/" + task);
        assertThat(partner.get("/tasks/" + task).statusCode()).as("a partner sees the joint task").isEqualTo(200);
        // no answer given: refused with a message (after the caller was checked), still invited
        partner.postForm("/tasks/" + task + "/answer", Map.of());
        assertThat(partner.get("/tasks/" + task).body()).contains("请选择接受或谢绝邀请");
        assertThat(lead.get("/tasks/" + task).body()).contains("data-partner-status=\"INVITED\"");
        partner.postForm("/tasks/" + task + "/answer", Map.of("confirm", "true"));
        assertThat(lead.get("/tasks/" + task).body()).contains("data-partner-status=\"CONFIRMED\"");

        long d02Item = jdbc.sql("SELECT v.id FROM catalog_item_version v JOIN catalog_item i ON i.id = v.item_id "
                + "WHERE i.unit_code = 'D02' AND i.status <> 'RETIRED' ORDER BY v.id DESC LIMIT 1").query(Long.class).single();
        partner.get("/tasks/" + task);
        partner.postForm("/tasks/" + task + "/items", Map.of("itemVersionIds", String.valueOf(d02Item)));
        TaskView view = tasks.task(task).orElseThrow();
        assertThat(view.rosterUnits()).containsExactly("D01", "D02");
        assertThat(view.items()).extracting(TaskView.Item::versionId).contains(d02Item);
        assertThat(jdbc.sql("SELECT contributed_by FROM plan_task_item WHERE task_id = ? AND item_version_id = ?")
                .params(task, d02Item).query(String.class).single()).isEqualTo("D02");
        assertThat(jdbc.sql("SELECT count(*) FROM audit_entry WHERE target_type = 'task' AND target_id = ? AND action IN "
                + "('TASK_PARTNER_INVITED', 'TASK_PARTNER_CONFIRMED', 'TASK_ITEMS_CONTRIBUTED')")
                .param(String.valueOf(task)).query(Long.class).single()).isEqualTo(3);
        // answering twice is refused
        partner.get("/tasks/" + task);
        partner.postForm("/tasks/" + task + "/answer", Map.of("confirm", "false"));
        assertThat(lead.get("/tasks/" + task).body()).contains("data-partner-status=\"CONFIRMED\"");
    }

    @Test
    @DisplayName("重复抽查检查：期限重叠的已审核任务覆盖了相同主体和事项时列出，不自动剔除")
    void overlapReport() {
        WebClient planner = WebClient.loggedIn(port, "planner.d01");
        WebClient reviewer = new WebClient(port);
        long item = PlanSupport.currentVersion(jdbc, "D01-KC-002");
        long first = PlanSupport.createPlan(planner, 2048);
        Map<String, String> late = PlanSupport.taskForm(item, 2048);
        late.put("periodStart", "2048-10-01");
        late.put("periodEnd", "2049-06-30");
        long earlier = PlanSupport.createTask(planner, first, late);
        reviewer.api("POST", "/api/v1/plans/" + first + "/submit", "planner.d01", null);
        reviewer.api("POST", "/api/v1/plans/" + first + "/approve", "reviewer.d01", "{\"coverageReason\":\"IT: below the catalog floor\"}");

        long second = PlanSupport.createPlan(planner, 2049);
        long task = PlanSupport.createTask(planner, second, PlanSupport.taskForm(item, 2049));
        String report = planner.get("/tasks/" + task + "/overlaps").body();
        // the overlap report computes both frames as of today (cool-down counts visits approved up to now)
        int frameSize = tasks.frame(task, java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai"))).entries().size();
        assertThat(frameSize).isPositive();
        assertThat(report).contains("overlaps-table").contains("D01-KC-002").contains("2048 T01");
        long rows = report.split("data-other-task=\"" + earlier + "\"", -1).length - 1;
        assertThat(rows).isEqualTo(frameSize);
        // the same unit's task: summed up, but no joint task to propose to oneself
        assertThat(report).contains("class=\"fd-overlap-task\" data-task=\"" + earlier + "\"")
                .doesNotContain("fd-propose-joint\"");

        Map<String, String> later = PlanSupport.taskForm(item, 2049);
        later.put("periodStart", "2049-07-01");
        long disjoint = PlanSupport.createTask(planner, second, later);
        assertThat(planner.get("/tasks/" + disjoint + "/overlaps").body()).contains("no-overlaps");
    }

    @Test
    @DisplayName("重复抽查检查列出其他单位可能抽到同一主体的任务（不论事项），并可提议联合抽查（邀请该单位）")
    void overlapProposesJointTask() {
        WebClient d02 = WebClient.loggedIn(port, "planner.d02");
        long otherPlan = PlanSupport.createPlan(d02, 2019);
        Map<String, String> theirs = PlanSupport.taskForm(PlanSupport.currentVersion(jdbc, "D02-LC-001"), 2019);
        theirs.put("widenScope", "true");
        long other = PlanSupport.createTask(d02, otherPlan, theirs);
        // D01 joins D02's task, so D02's task reaches D01's entities
        d02.get("/tasks/" + other);
        d02.postForm("/tasks/" + other + "/partners", Map.of("partner", "D01"));
        WebClient d01 = WebClient.loggedIn(port, "planner.d01");
        d01.get("/tasks/" + other);
        d01.postForm("/tasks/" + other + "/answer", Map.of("confirm", "true"));
        WebClient api = new WebClient(port);
        assertThat(api.api("POST", "/api/v1/plans/" + otherPlan + "/submit", "planner.d02", null).statusCode()).isEqualTo(200);
        assertThat(api.api("POST", "/api/v1/plans/" + otherPlan + "/approve", "reviewer.d02",
                "{\"coverageReason\":\"IT: one joint task\"}").statusCode()).isEqualTo(200);

        long plan = PlanSupport.createPlan(d01, 2019);
        Map<String, String> mine = PlanSupport.taskForm(PlanSupport.currentVersion(jdbc, "D01-TD-001"), 2019);
        mine.put("widenScope", "true");
        long task = PlanSupport.createTask(d01, plan, mine);
        String report = d01.get("/tasks/" + task + "/overlaps").body();
        assertThat(report).contains("class=\"fd-overlap-task\" data-task=\"" + other + "\" data-unit=\"D02\"")
                .contains("D02-LC-001").contains("data-other-task=\"" + other + "\"").contains("fd-propose-joint");
        d01.postForm("/tasks/" + task + "/partners", Map.of("partner", "D02"));
        assertThat(d01.get("/tasks/" + task).body()).contains("data-partner-status=\"INVITED\"");
        String after = d01.get("/tasks/" + task + "/overlaps").body();
        assertThat(after).contains("已邀请联合抽查").doesNotContain("fd-propose-joint\"");
    }
}
