package io.fairdraw.inspection;

import io.fairdraw.support.Beacons;
import static org.assertj.core.api.Assertions.assertThat;

import io.fairdraw.plan.DemoPlans;
import io.fairdraw.support.WebClient;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A real draw (published plan → announce → execute, as planners do) whose visits the tests
 * record, and login accounts linked to the drawn inspectors. Each test class takes its own year.
 */
public final class InspectionFixtures {

    private static final Pattern DRAW_ID = Pattern.compile("\"drawId\"\\s*:\\s*\"([^\"]+)\"");

    public record VisitRow(long id, String uscc, String orgCode, List<String> inspectors) {
    }

    private InspectionFixtures() {
    }

    /**
     * A published plan of {@code unit} in {@code year} with one task, drawn; returns the draw id. The
     * year keeps the tests' plans apart; once drawn, the task's period is moved to the 400 days either side
     * of today, so the dates the tests record (yesterday, 2026-09-24 on a moved clock …) fall within it (issue 21 item 5: a
     * 检查日期 within the task's period and not after today).
     */
    public static String drawnTask(JdbcClient jdbc, DemoPlans plans, WebClient client, String unit, int year, int percent,
                            String partner) {
        List<Long> ids = plans.publishedPlan(unit, year, "IT " + year, List.of(new DemoPlans.DemoTask(
                "IT inspection task " + year, 2, false, percent, "IT beacon source " + year, partner)));
        assertThat(ids).as("plan %s %s created", unit, year).hasSize(1);
        String planner = "planner." + unit.toLowerCase(Locale.ROOT);
        HttpResponse<String> announced = client.api("POST", "/api/v1/tasks/" + ids.get(0) + "/draws", planner,
                Beacons.declaration(client));
        assertThat(announced.statusCode()).as(announced.body()).isEqualTo(201);
        Matcher m = DRAW_ID.matcher(announced.body());
        assertThat(m.find()).isTrue();
        String drawId = m.group(1);
        HttpResponse<String> executed = Beacons.afterDeclaredMoments(client, () -> client.api("POST",
                "/api/v1/draws/" + drawId + "/execute", planner, "{\"beacon\":\"IT beacon " + year + "\"}"));
        assertThat(executed.statusCode()).as(executed.body()).isEqualTo(200);
        // After the draw: a period near today while drawing would merge its visits with the demo's (VisitMerger).
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        jdbc.sql("UPDATE plan_task SET period_start = ?, period_end = ? WHERE id = ?")
                .params(today.minusDays(400), today.plusDays(400), ids.get(0)).update();
        return drawId;
    }

    public static List<VisitRow> visits(JdbcClient jdbc, String drawId) {
        return jdbc.sql("SELECT id, uscc, org_code, inspectors FROM inspection_visit WHERE draw_id = ? ORDER BY id")
                .param(drawId)
                .query((rs, i) -> new VisitRow(rs.getLong(1), rs.getString(2), rs.getString(3),
                        List.of((String[]) rs.getArray(4).getArray())))
                .list();
    }

    /**
     * The login account acting as this directory inspector: the linked one (the demo links some),
     * else a new INSPECTOR account of the inspector's unit with the demo password, linked to it.
     */
    public static String accountFor(JdbcClient jdbc, String inspectorId) {
        var linked = jdbc.sql("SELECT username FROM inspection_account WHERE inspector_id = ?").param(inspectorId)
                .query(String.class).optional();
        if (linked.isPresent()) {
            return linked.get();
        }
        String username = "it." + inspectorId.toLowerCase(Locale.ROOT);
        String unit = jdbc.sql("SELECT unit_code FROM inspector WHERE id = ?").param(inspectorId).query(String.class).single();
        long id = jdbc.sql("INSERT INTO org_account (username, display_name, unit_code, password_hash) "
                        + "SELECT ?, ?, ?, password_hash FROM org_account WHERE username = 'inspector.d01a' RETURNING id")
                .params(username, "IT " + inspectorId, unit).query(Long.class).single();
        jdbc.sql("INSERT INTO org_account_role (account_id, role) VALUES (?, 'INSPECTOR')").param(id).update();
        jdbc.sql("INSERT INTO inspection_account (username, inspector_id) VALUES (?, ?)").params(username, inspectorId).update();
        return username;
    }

    /** Directory inspectors of the unit that are not in the team (outsiders of that visit). */
    static String outsider(JdbcClient jdbc, String unit, List<String> team) {
        return jdbc.sql("SELECT id FROM inspector WHERE unit_code = ? AND NOT (id = ANY(?)) ORDER BY id LIMIT 1")
                .params(unit, team.toArray(String[]::new)).query(String.class).single();
    }

    public static Long openRecord(JdbcClient jdbc, long visitId) {
        return jdbc.sql("SELECT id FROM inspection_record WHERE visit_id = ? AND status <> 'APPROVED'").param(visitId)
                .query(Long.class).optional().orElse(null);
    }

    public static List<String> itemCodes(JdbcClient jdbc, long recordId) {
        return jdbc.sql("SELECT item_code FROM inspection_record_item WHERE record_id = ? ORDER BY sort, item_code")
                .param(recordId).query(String.class).list();
    }

    /** The form fields for a complete record: first item {@code first}, the others clean. */
    public static Map<String, String> form(List<String> items, String date, String first, String disposal, String findings) {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("inspectionDate", date);
        f.put("entityCategory", "");
        for (int i = 0; i < items.size(); i++) {
            f.put("items[" + i + "].itemCode", items.get(i));
            f.put("items[" + i + "].category", i == 0 ? first : "NO_PROBLEM");
            f.put("items[" + i + "].disposal", i == 0 && disposal != null ? disposal : "");
            f.put("items[" + i + "].findings", i == 0 ? findings : "");
        }
        answerPoints(f, items, first, findings);
        return f;
    }

    /** Points a demo item's 检查表 may have at most (the demo checklists have three). */
    static final int POINTS_PER_ITEM = 5;

    /**
     * issue 19 item 3: the 检查表 answers that go with {@link #form}: every point 符合, except the
     * first point of the first item, 不符合 with the findings, when its category is a problem.
     * Points the record does not have are ignored by the server.
     */
    static void answerPoints(Map<String, String> f, List<String> items, String first, String findings) {
        boolean problem = first != null && !first.isEmpty()
                && io.fairdraw.inspection.ResultCategory.valueOf(first).problem();
        int k = 0;
        for (int i = 0; i < items.size(); i++) {
            for (int no = 1; no <= POINTS_PER_ITEM; no++, k++) {
                boolean bad = problem && i == 0 && no == 1;
                f.put("points[" + k + "].itemCode", items.get(i));
                f.put("points[" + k + "].no", String.valueOf(no));
                f.put("points[" + k + "].answer", bad ? "NONCOMPLIANT" : "COMPLIANT");
                f.put("points[" + k + "].finding", bad ? (findings == null || findings.isBlank() ? "不符合" : findings) : "");
            }
        }
    }

    /**
     * The evidence of the first item's first point (a 不符合 point needs its own), as the team's
     * upload would leave it; for tests about other rules. Nothing when the record has no 检查表.
     */
    public static void pointEvidence(JdbcClient jdbc, long recordId) {
        jdbc.sql("""
                INSERT INTO inspection_evidence (record_id, item_code, file_name, content_type, size_bytes, sha256, data,
                    uploaded_by, point_no)
                SELECT p.record_id, p.item_code, 'point-evidence.pdf', 'application/pdf', 8,
                    'ab2e7fcbb2ab2fc0b1a5b4f2aa1ad7e5f6f2a9f4a4f5b5e1d3c2b1a0f9e8d7c6', '\\x255044462d312e34'::bytea,
                    'it', p.point_no
                FROM inspection_record_point p JOIN inspection_record_item i ON i.record_id = p.record_id
                    AND i.item_code = p.item_code
                WHERE p.record_id = ? AND p.point_no = 1 AND i.sort = 0""").param(recordId).update();
    }

    static byte[] resource(String name) {
        try (InputStream in = InspectionFixtures.class.getResourceAsStream("/inspection/" + name)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String status(JdbcClient jdbc, long recordId) {
        return jdbc.sql("SELECT status FROM inspection_record WHERE id = ?").param(recordId).query(String.class).single();
    }
}
