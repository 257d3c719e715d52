package io.fairdraw.plan;

import static org.assertj.core.api.Assertions.assertThat;

import io.fairdraw.organization.Role;
import io.fairdraw.organization.domain.AccountService;
import io.fairdraw.support.AppIT;
import io.fairdraw.support.WebClient;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** 任务范围（issue 17 第 1 项）：表单、修改、预览、联合抽查确认各条路径都只接受本计划可用的单位与事项。 */
@AppIT
class TaskScopeIT {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Tasks tasks;

    @Autowired
    AccountService accounts;

    private long tasksOf(long plan) {
        return jdbc.sql("SELECT count(*) FROM plan_task WHERE plan_id = ?").param(plan).query(Long.class).single();
    }

    private long itemOf(String unit) {
        return jdbc.sql("SELECT v.id FROM catalog_item_version v JOIN catalog_item i ON i.id = v.item_id "
                + "WHERE i.unit_code = ? AND i.status <> 'RETIRED' ORDER BY v.id DESC LIMIT 1").param(unit)
                .query(Long.class).single();
    }

    private String unitsOf(long task) {
        return jdbc.sql("SELECT array_to_string(scope_units, ',') FROM plan_task WHERE id = ?").param(task)
                .query(String.class).single();
    }

    /** The units supervising the entities of the task's frame (the registry's unit, whatever org code the frame carries). */
    private java.util.List<String> supervisingUnits(long task, int year) {
        String[] usccs = tasks.frame(task, LocalDate.of(year, 4, 1)).entries().stream()
                .map(FrameRules.Entry::uscc).toArray(String[]::new);
        return jdbc.sql("SELECT DISTINCT unit_code FROM registry_entity WHERE uscc = ANY(?) ORDER BY unit_code")
                .param(usccs).query(String.class).list();
    }

    @Test
    @DisplayName("新建任务：D01 计划员把 D02 放进抽查范围或选 D02 的事项，被拒绝且什么也不保存；表单只列出本单位")
    void createRefusesForeignUnitAndItem() {
        WebClient planner = WebClient.loggedIn(port, "planner.d01");
        long plan = PlanSupport.createPlan(planner, 2094);
        String newForm = planner.get("/plans/" + plan + "/tasks/new").body();
        assertThat(newForm).contains("value=\"D01\"").doesNotContain("value=\"D02\"").doesNotContain("value=\"D03\"");
        assertThat(newForm).contains("value=\"" + PlanSupport.currentVersion(jdbc, "D01-TD-001") + "\" id=\"itemVersionIds")
                .doesNotContain("value=\"" + itemOf("D02") + "\" id=\"itemVersionIds");

        Map<String, String> foreignUnit = PlanSupport.taskForm(PlanSupport.currentVersion(jdbc, "D01-TD-001"), 2094);
        foreignUnit.put("units", "D02");
        planner.get("/plans/" + plan + "/tasks/new");
        HttpResponse<String> r = planner.postForm("/plans/" + plan + "/tasks", foreignUnit);
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).contains("任务未保存").contains("抽查范围不能包含单位 D02");

        Map<String, String> foreignItem = PlanSupport.taskForm(itemOf("D02"), 2094);
        planner.get("/plans/" + plan + "/tasks/new");
        r = planner.postForm("/plans/" + plan + "/tasks", foreignItem);
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).contains("属于单位 D02，不能用于本任务");
        assertThat(tasksOf(plan)).isZero();
    }

    @Test
    @DisplayName("修改任务与实时预览：加入 D02 被拒绝（预览 403，不返回 D02 的户数），保存的范围不变")
    void editAndPreviewRefuseForeignUnit() {
        WebClient planner = WebClient.loggedIn(port, "planner.d01");
        long plan = PlanSupport.createPlan(planner, 2021);
        Map<String, String> form = PlanSupport.taskForm(PlanSupport.currentVersion(jdbc, "D01-TD-001"), 2021);
        form.put("units", "D01");
        long task = PlanSupport.createTask(planner, plan, form);

        Map<String, String> edit = new java.util.LinkedHashMap<>(form);
        edit.put("units", "D02");
        planner.get("/tasks/" + task + "/edit");
        HttpResponse<String> r = planner.postForm("/tasks/" + task, edit);
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).contains("抽查范围不能包含单位 D02");
        assertThat(unitsOf(task)).isEqualTo("D01");

        planner.get("/plans/" + plan + "/tasks/new");
        HttpResponse<String> preview = planner.postForm("/plans/" + plan + "/tasks/preview", edit);
        assertThat(preview.statusCode()).isEqualTo(403);
        long d02 = jdbc.sql("SELECT count(*) FROM registry_entity WHERE unit_code = 'D02'").query(Long.class).single();
        assertThat(preview.body()).doesNotContain("所选单位名录共 " + d02 + " 户");
        planner.get("/plans/" + plan + "/tasks/new");
        assertThat(planner.postForm("/plans/" + plan + "/tasks/preview", form).statusCode()).isEqualTo(200);
        assertThat(jdbc.sql("SELECT count(*) FROM audit_entry WHERE target_type = 'task' AND target_id = ? "
                + "AND action = 'TASK_UPDATED'").param(String.valueOf(task)).query(Long.class).single()).isZero();
    }

    @Test
    @DisplayName("联合抽查：邀请未确认前不能把配合单位放进范围；确认后可以；配合单位不能加入第三方事项；计划提交后不能再确认；重新邀请后范围随即收回")
    void partnerConfirmationBoundsTheScope() {
        WebClient lead = WebClient.loggedIn(port, "planner.d01");
        long plan = PlanSupport.createPlan(lead, 2096);
        Map<String, String> form = PlanSupport.taskForm(PlanSupport.currentVersion(jdbc, "D01-KC-001"), 2096);
        long task = PlanSupport.createTask(lead, plan, form);
        lead.get("/tasks/" + task);
        lead.postForm("/tasks/" + task + "/partners", Map.of("partner", "D02"));
        lead.get("/tasks/" + task);
        lead.postForm("/tasks/" + task + "/partners", Map.of("partner", "D03"));

        Map<String, String> withD02 = new java.util.LinkedHashMap<>(form);
        withD02.put("units", "D02");
        lead.get("/tasks/" + task + "/edit");
        assertThat(lead.postForm("/tasks/" + task, withD02).body()).as("D02 only invited")
                .contains("抽查范围不能包含单位 D02");

        WebClient d02 = WebClient.loggedIn(port, "planner.d02");
        d02.get("/tasks/" + task);
        d02.postForm("/tasks/" + task + "/answer", Map.of("confirm", "true"));
        lead.get("/tasks/" + task + "/edit");
        assertThat(lead.get("/tasks/" + task + "/edit").body()).contains("value=\"D02\"").doesNotContain("value=\"D03\"");
        HttpResponse<String> saved = lead.postForm("/tasks/" + task, withD02);
        assertThat(saved.statusCode()).as(PlanSupport.errors(saved.body())).isEqualTo(302);
        assertThat(unitsOf(task)).isEqualTo("D02");
        assertThat(supervisingUnits(task, 2096)).containsExactly("D02");

        // once the plan is submitted, a late confirmation cannot widen the reviewed task
        assertThat(new WebClient(port).api("POST", "/api/v1/plans/" + plan + "/submit", "planner.d01", null)
                .statusCode()).isEqualTo(200);
        accounts.seed("planner.d03.scope", "第三师计划员", "D03", Set.of(Role.PLANNER), WebClient.DEMO_PASSWORD);
        WebClient d03 = WebClient.loggedIn(port, "planner.d03.scope");
        d03.get("/tasks/" + task);
        d03.postForm("/tasks/" + task + "/answer", Map.of("confirm", "true"));
        assertThat(jdbc.sql("SELECT status FROM plan_task_partner WHERE task_id = ? AND unit_code = 'D03'")
                .param(task).query(String.class).single()).isEqualTo("INVITED");
        assertThat(tasks.task(task).orElseThrow().rosterUnits()).containsExactly("D01", "D02");

        // a partner no longer confirmed (invited again) no longer widens the frame it was named in
        jdbc.sql("UPDATE plan_task_partner SET status = 'INVITED' WHERE task_id = ? AND unit_code = 'D02'")
                .param(task).update();
        assertThat(tasks.frame(task, LocalDate.of(2096, 4, 1)).entries()).isEmpty();
    }

    @Test
    @DisplayName("兵团业务处室的任务可以抽查各师市的主体，可用兵团局事项；不能用师市的事项")
    void bureauDepartmentMayIncludeDivisions() {
        accounts.seed("planner.bt-kc.scope", "矿产处计划员", "BT-KC", Set.of(Role.PLANNER), WebClient.DEMO_PASSWORD);
        WebClient planner = WebClient.loggedIn(port, "planner.bt-kc.scope");
        long plan = PlanSupport.createPlan(planner, 2097);
        assertThat(planner.get("/plans/" + plan + "/tasks/new").body()).contains("value=\"D01\"").contains("value=\"D14\"");
        Map<String, String> form = PlanSupport.taskForm(PlanSupport.currentVersion(jdbc, "BT-KC-001"), 2097);
        form.put("units", "D01");
        long task = PlanSupport.createTask(planner, plan, form);
        assertThat(unitsOf(task)).isEqualTo("D01");
        assertThat(supervisingUnits(task, 2097)).containsExactly("D01");

        // a confirmed partner contributes its own items, never those of a unit that is not in the task
        planner.get("/tasks/" + task);
        planner.postForm("/tasks/" + task + "/partners", Map.of("partner", "D02"));
        WebClient d02 = WebClient.loggedIn(port, "planner.d02");
        d02.get("/tasks/" + task);
        d02.postForm("/tasks/" + task + "/answer", Map.of("confirm", "true"));
        d02.get("/tasks/" + task);
        d02.postForm("/tasks/" + task + "/items", Map.of("itemVersionIds", String.valueOf(itemOf("D01"))));
        assertThat(d02.get("/tasks/" + task).body()).contains("属于单位 D01，不能用于本任务");
        d02.postForm("/tasks/" + task + "/items", Map.of("itemVersionIds", String.valueOf(itemOf("D02"))));
        assertThat(jdbc.sql("SELECT contributed_by FROM plan_task_item WHERE task_id = ? ORDER BY contributed_by")
                .param(task).query(String.class).list()).containsExactly("BT-KC", "D02");

        Map<String, String> divisionItem = PlanSupport.taskForm(itemOf("D01"), 2097);
        divisionItem.put("name", "师市事项");
        planner.get("/plans/" + plan + "/tasks/new");
        assertThat(planner.postForm("/plans/" + plan + "/tasks", divisionItem).body())
                .contains("属于单位 D01，不能用于本任务");
        assertThat(tasksOf(plan)).isOne();
    }
}
