package io.fairdraw.plan;

import io.fairdraw.support.WebClient;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Creates plans and tasks through the UI, as a planner would. */
final class PlanSupport {

    private PlanSupport() {
    }

    static long createPlan(WebClient planner, int year) {
        planner.get("/plans");
        HttpResponse<String> r = planner.postForm("/plans", Map.of("year", String.valueOf(year),
                "title", year + " 年度双随机抽查计划"));
        String location = r.headers().firstValue("Location").orElseThrow(() -> new IllegalStateException(r.body()));
        return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
    }

    /** A valid task form; callers override fields to test the rules. */
    static Map<String, String> taskForm(long itemVersionId, int year) {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("name", "土地复垦与闲置土地联合检查");
        f.put("itemVersionIds", String.valueOf(itemVersionId));
        f.put("teamSize", "2");
        f.put("capSlack", "1");
        // 0: the suite shares one database and every test's draw plans visits, which cool an entity
        // down for any later task (issue 19 item 2); tests of the cool-down set it themselves
        f.put("coolDownMonths", "0");
        f.put("periodStart", year + "-04-01");
        f.put("periodEnd", year + "-10-31");
        f.put("beaconSource", "福彩3D " + year + "-04-02 开奖号码");
        f.put("statuses", "ACTIVE");
        f.put("entityTypes", "");
        for (String s : new String[] {"A", "B", "C", "D", "X"}) {
            f.put("ratio" + s, s.equals("C") ? "6" : s.equals("D") ? "9" : "3");
            f.put("min" + s, "0");
        }
        return f;
    }

    static long createTask(WebClient planner, long planId, Map<String, String> form) {
        planner.get("/plans/" + planId + "/tasks/new");
        HttpResponse<String> r = planner.postForm("/plans/" + planId + "/tasks", form);
        String location = r.headers().firstValue("Location").orElseThrow(() -> new IllegalStateException(
                "task not saved (" + r.statusCode() + "): " + errors(r.body())));
        return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
    }

    /** The field messages of a re-rendered form, for a readable failure. */
    static String errors(String html) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile(
                "(?:invalid-feedback|text-danger small|alert alert-danger)[^>]*>([^<]+)<").matcher(html);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            sb.append(m.group(1).trim()).append(" | ");
        }
        return sb.length() == 0 ? html.substring(0, Math.min(html.length(), 300)) : sb.toString();
    }

    static long currentVersion(JdbcClient jdbc, String itemCode) {
        return jdbc.sql("SELECT v.id FROM catalog_item_version v JOIN catalog_item i ON i.id = v.item_id "
                + "WHERE i.code = ? ORDER BY v.version_no DESC LIMIT 1").param(itemCode).query(Long.class).single();
    }
}
