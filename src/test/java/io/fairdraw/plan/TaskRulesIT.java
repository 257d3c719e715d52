package io.fairdraw.plan;

import static org.assertj.core.api.Assertions.assertThat;

import io.fairdraw.support.AppIT;
import io.fairdraw.support.WebClient;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** 任务保存规则（停用事项、人数少于 2、期限为空）与实时预览。 */
@AppIT
class TaskRulesIT {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    private String saveExpectingErrors(WebClient planner, long plan, Map<String, String> form) {
        planner.get("/plans/" + plan + "/tasks/new");
        HttpResponse<String> r = planner.postForm("/plans/" + plan + "/tasks", form);
        assertThat(r.statusCode()).as("re-rendered form, not a redirect").isEqualTo(200);
        assertThat(r.body()).contains("任务未保存").contains("value=\"" + form.get("name") + "\"");
        return r.body();
    }

    @Test
    @DisplayName("停用事项、人数少于 2、期限为空：各有具体中文提示，表单保留输入，什么也不保存")
    void rejectsInvalidTasks() {
        WebClient planner = WebClient.loggedIn(port, "planner.d01");
        long plan = PlanSupport.createPlan(planner, 2045);
        long item = PlanSupport.currentVersion(jdbc, "D01-TD-001");

        Map<String, String> retired = PlanSupport.taskForm(PlanSupport.currentVersion(jdbc, "D01-QT-001"), 2045);
        retired.put("name", "停用事项测试");
        assertThat(saveExpectingErrors(planner, plan, retired)).contains("已停用，不能用于新任务");

        Map<String, String> team = PlanSupport.taskForm(item, 2045);
        team.put("name", "人数测试");
        team.put("teamSize", "1");
        assertThat(saveExpectingErrors(planner, plan, team)).contains("检查人员不少于 2 人").contains("value=\"1\"");

        Map<String, String> period = PlanSupport.taskForm(item, 2045);
        period.put("name", "期限测试");
        period.put("periodStart", "");
        period.put("periodEnd", "");
        assertThat(saveExpectingErrors(planner, plan, period)).contains("请填写检查期限的开始和结束日期");

        Map<String, String> reversed = PlanSupport.taskForm(item, 2045);
        reversed.put("name", "倒置测试");
        reversed.put("periodEnd", "2045-01-01");
        assertThat(saveExpectingErrors(planner, plan, reversed)).contains("结束日期不能早于开始日期");

        Map<String, String> none = PlanSupport.taskForm(item, 2045);
        none.put("name", "无事项测试");
        none.remove("itemVersionIds");
        assertThat(saveExpectingErrors(planner, plan, none)).contains("请至少选择一个抽查事项");

        assertThat(jdbc.sql("SELECT count(*) FROM plan_task WHERE plan_id = ?").param(plan).query(Long.class).single())
                .isZero();
        PlanSupport.createTask(planner, plan, PlanSupport.taskForm(item, 2045));
        assertThat(jdbc.sql("SELECT count(*) FROM plan_task WHERE plan_id = ?").param(plan).query(Long.class).single())
                .isOne();
    }

    private static int sample(String html, String stratum) {
        Matcher m = Pattern.compile("id=\"preview-" + stratum + "\">.*?fd-frame\">(\\d+)<.*?fd-sample fw-bold\">(\\d+)<",
                Pattern.DOTALL).matcher(html);
        assertThat(m.find()).as(html).isTrue();
        return Integer.parseInt(m.group(2));
    }

    private static int frame(String html, String stratum) {
        Matcher m = Pattern.compile("id=\"preview-" + stratum + "\">.*?fd-frame\">(\\d+)<", Pattern.DOTALL).matcher(html);
        assertThat(m.find()).isTrue();
        return Integer.parseInt(m.group(1));
    }

    @Test
    @DisplayName("实时预览：按风险分类给出名单户数与抽取户数，修改 C 类比例后 C 类抽取数随之变化")
    void livePreview() {
        WebClient planner = WebClient.loggedIn(port, "planner.d01");
        long plan = PlanSupport.createPlan(planner, 2046);
        Map<String, String> form = PlanSupport.taskForm(PlanSupport.currentVersion(jdbc, "D01-TD-001"), 2046);
        planner.get("/plans/" + plan + "/tasks/new");
        String at6 = planner.postForm("/plans/" + plan + "/tasks/preview", form).body();
        int frameC = frame(at6, "C");
        assertThat(frameC).as("D01 has C-class entities in the demo registry").isPositive();
        assertThat(sample(at6, "C")).isEqualTo((int) Math.ceil(frameC * 0.06));
        form.put("ratioC", "50");
        planner.get("/plans/" + plan + "/tasks/new");
        String at50 = planner.postForm("/plans/" + plan + "/tasks/preview", form).body();
        assertThat(sample(at50, "C")).isEqualTo((int) Math.ceil(frameC * 0.5)).isGreaterThan(sample(at6, "C"));
        assertThat(sample(at50, "A")).isEqualTo(sample(at6, "A"));
        long d01 = jdbc.sql("SELECT count(*) FROM registry_entity WHERE unit_code = 'D01'").query(Long.class).single();
        assertThat(at50).contains("所选单位名录共 " + d01 + " 户");
    }
}
