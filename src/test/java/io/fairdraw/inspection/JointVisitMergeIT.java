package io.fairdraw.inspection;

import static org.assertj.core.api.Assertions.assertThat;

import io.fairdraw.support.AppIT;
import io.fairdraw.support.Beacons;
import io.fairdraw.support.WebClient;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** 一户一次（issue 19 第 2 项）：两次期限重叠的抽取抽中同一主体时，先执行抽取的检查组一次检查双方事项，后者公示为并入联合检查。 */
@AppIT
class JointVisitMergeIT {

    private static final int YEAR = 2016;

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    private static String group(Pattern p, String body) {
        Matcher m = p.matcher(body);
        assertThat(m.find()).as(body).isTrue();
        return m.group(1);
    }

    private long task(WebClient api, long plan, String name, String item, String start, String end, String type) {
        HttpResponse<String> r = api.api("POST", "/api/v1/plans/" + plan + "/tasks", "planner.d01", """
                {"name":"%s","itemVersionIds":[%d],"teamSize":2,"capSlack":4,"coolDownMonths":0,"widenScope":true,
                 "periodStart":"%s","periodEnd":"%s","beaconSource":"IT 联合检查","entityTypes":"%s","fields":["LAND"],
                 "ratioA":100,"ratioB":100,"ratioC":100,"ratioD":100,"ratioX":100}"""
                .formatted(name, version(item), start, end, type));
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        return Long.parseLong(group(Pattern.compile("\"id\"\\s*:\\s*(\\d+)"), r.body()));
    }

    private long version(String code) {
        return jdbc.sql("SELECT v.id FROM catalog_item_version v JOIN catalog_item i ON i.id = v.item_id "
                + "WHERE i.code = ? ORDER BY v.version_no DESC LIMIT 1").param(code).query(Long.class).single();
    }

    private record Row(long id, String uscc, String status, Long mergedInto, List<String> items, List<String> team) {
    }

    private List<Row> visits(String drawId) {
        return jdbc.sql("SELECT id, uscc, status, merged_into, item_codes, inspectors FROM inspection_visit "
                        + "WHERE draw_id = ? ORDER BY uscc").param(drawId)
                .query((rs, i) -> new Row(rs.getLong(1), rs.getString(2), rs.getString(3),
                        (Long) rs.getObject(4), List.of((String[]) rs.getArray(5).getArray()),
                        List.of((String[]) rs.getArray(6).getArray()))).list();
    }

    @Test
    @DisplayName("先执行的抽取检查组一次检查两个任务的事项；后执行的抽取结果不变，其检查组公示为并入联合检查；期限不重叠的不合并")
    void overlappingDrawsVisitOnce() {
        // a small slice of D01 (land entities of one type), sampled in full by every task: the draws must meet
        String type = jdbc.sql("SELECT entity_type FROM registry_entity WHERE unit_code = 'D01' AND status = 'ACTIVE' "
                + "AND field = 'LAND' GROUP BY entity_type HAVING count(*) BETWEEN 2 AND 15 "
                + "ORDER BY count(*) DESC, entity_type LIMIT 1")
                .query(String.class).single();
        WebClient api = new WebClient(port);
        long plan = Long.parseLong(group(Pattern.compile("\"id\"\\s*:\\s*(\\d+)"), api.api("POST", "/api/v1/plans",
                "planner.d01", "{\"year\":" + YEAR + ",\"title\":\"联合检查\"}").body()));
        long first = task(api, plan, "土地任务", "D01-TD-001", YEAR + "-04-01", YEAR + "-09-30", type);
        long second = task(api, plan, "矿产任务", "D01-KC-001", YEAR + "-06-01", YEAR + "-11-30", type);
        long apart = task(api, plan, "一季度任务", "D01-TD-002", YEAR + "-01-01", YEAR + "-03-31", type);
        for (String[] step : new String[][] {{"planner.d01", "submit"}, {"reviewer.d01", "approve"},
                {"reviewer.d01", "publish"}}) {
            HttpResponse<String> r = api.api("POST", "/api/v1/plans/" + plan + "/" + step[1], step[0],
                    step[1].equals("approve") ? "{\"coverageReason\":\"IT: three tasks of one slice\"}" : null);
            assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        }
        Map<Long, String> draws = new HashMap<>();
        for (long t : List.of(first, second, apart)) {
            HttpResponse<String> a = api.api("POST", "/api/v1/tasks/" + t + "/draws", "planner.d01",
                    Beacons.declaration(api));
            assertThat(a.statusCode()).as(a.body()).isEqualTo(201);
            draws.put(t, group(Pattern.compile("\"drawId\"\\s*:\\s*\"([^\"]+)\""), a.body()));
        }
        for (long t : List.of(first, second, apart)) {
            HttpResponse<String> e = Beacons.afterDeclaredMoments(api, () -> api.api("POST",
                    "/api/v1/draws/" + draws.get(t) + "/execute", "planner.d01",
                    "{\"beacon\":\"IT beacon " + YEAR + "-" + t + "\"}"));
            assertThat(e.statusCode()).as(e.body()).isEqualTo(200);
        }

        List<Row> a = visits(draws.get(first));
        List<Row> b = visits(draws.get(second));
        List<Row> c = visits(draws.get(apart));
        assertThat(a).isNotEmpty().hasSameSizeAs(b).hasSameSizeAs(c);
        Map<String, Row> byUscc = new HashMap<>();
        a.forEach(r -> byUscc.put(r.uscc(), r));
        for (Row r : a) {
            assertThat(r.status()).isEqualTo("PLANNED");
            assertThat(r.items()).as("the first team covers both tasks' items").contains("D01-TD-001", "D01-KC-001");
        }
        for (Row r : b) {
            assertThat(r.status()).isEqualTo("MERGED");
            assertThat(r.mergedInto()).isEqualTo(byUscc.get(r.uscc()).id());
            assertThat(r.team()).as("the later draw's published team is kept").hasSize(2);
        }
        for (Row r : c) {
            assertThat(r.status()).as("periods apart: visited on its own").isEqualTo("PLANNED");
            assertThat(r.mergedInto()).isNull();
            assertThat(r.items()).containsExactly("D01-TD-002");
        }
        assertThat(jdbc.sql("SELECT count(*) FROM audit_entry WHERE action = 'VISIT_MERGED' AND summary LIKE ?")
                .param(draws.get(second) + " %").query(Long.class).single()).isEqualTo(b.size());

        // the first team's record asks both tasks' items; the merged team records nothing on its own
        Row visited = a.get(0);
        WebClient member = WebClient.loggedIn(port, InspectionFixtures.accountFor(jdbc, visited.team().get(0)));
        member.get("/inspection/visits/" + visited.id());
        member.postForm("/inspection/visits/" + visited.id() + "/record", Map.of());
        assertThat(jdbc.sql("SELECT i.item_code FROM inspection_record_item i JOIN inspection_record r ON r.id = i.record_id "
                        + "WHERE r.visit_id = ? ORDER BY i.item_code").param(visited.id()).query(String.class).list())
                .containsExactly("D01-KC-001", "D01-TD-001");
        Row merged = b.get(0);
        WebClient other = WebClient.loggedIn(port, InspectionFixtures.accountFor(jdbc, merged.team().get(0)));
        other.get("/inspection/visits/" + merged.id());
        HttpResponse<String> refused = other.postForm("/inspection/visits/" + merged.id() + "/record", Map.of());
        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(409);
        assertThat(jdbc.sql("SELECT count(*) FROM inspection_record WHERE visit_id = ?").param(merged.id())
                .query(Long.class).single()).isZero();

        // public pages: the later draw's team is 并入联合检查, the visiting team is a drawn one
        WebClient citizen = new WebClient(port);
        String later = citizen.get("/public/draws/" + draws.get(second)).body();
        Row some = a.get(0);
        assertThat(later).contains("id=\"joint-visits\"").contains("并入联合检查：由抽取 " + draws.get(first))
                .contains(String.join("、", some.team()));
        String earlier = citizen.get("/public/draws/" + draws.get(first)).body();
        assertThat(earlier).contains("本检查组一并检查抽取 " + draws.get(second));
        assertThat(citizen.get("/public/draws/" + draws.get(apart)).body()).doesNotContain("id=\"joint-visits\"");
        // FD-DRAW-1's record is untouched: the later draw still publishes its own selection and teams
        String record = citizen.get("/public/draws/" + draws.get(second) + ".json").body();
        for (Row r : b) {
            assertThat(record).contains(r.uscc()).contains(r.team().get(0));
        }
    }
}
