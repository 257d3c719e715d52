package io.fairdraw.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import io.fairdraw.support.AppIT;
import io.fairdraw.support.WebClient;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** 工作日历：种子数据、期限接口（DESIGN.md §5）、管理员维护。 */
@AppIT
class CalendarIT {

    @LocalServerPort
    int port;

    private String deadline(String from, int days) {
        HttpResponse<String> r = new WebClient(port).api("GET",
                "/api/v1/calendar/deadline?from=" + from + "&workdays=" + days, "planner.d01", null);
        assertThat(r.statusCode()).isEqualTo(200);
        return r.body();
    }

    @Test
    @DisplayName("期限接口：跨春节、国庆（含调休周末）和跨年")
    void deadlineContract() {
        assertThat(deadline("2025-01-20", 20))
                .isEqualTo("{\"from\":\"2025-01-20\",\"workdays\":20,\"deadline\":\"2025-02-21\"}");
        assertThat(deadline("2025-09-25", 20)).contains("\"deadline\":\"2025-10-29\"");
        assertThat(deadline("2025-12-25", 20)).contains("\"deadline\":\"2026-01-23\"");
        // day 1 is the first working day after from: Friday 2025-09-26 → the make-up Sunday 09-28
        assertThat(deadline("2025-09-26", 1)).contains("\"deadline\":\"2025-09-28\"");
    }

    @Test
    @DisplayName("期限接口需要认证，参数错误返回 400")
    void deadlineErrors() {
        WebClient c = new WebClient(port);
        assertThat(c.api("GET", "/api/v1/calendar/deadline?from=2025-01-01&workdays=1", null, null).statusCode())
                .isEqualTo(401);
        assertThat(c.api("GET", "/api/v1/calendar/deadline?from=2025-01-01&workdays=-3", "planner.d01", null)
                .body()).contains("工作日数应在 0 到 3650 之间");
    }

    @Test
    @DisplayName("管理员录入节假日后期限随之改变；工作日设为调休上班被拒绝；非管理员无权维护")
    void adminMaintainsCalendar() {
        WebClient admin = WebClient.loggedIn(port, "admin");
        assertThat(admin.get("/admin/calendar?year=2025").body()).contains("春节").contains("调休上班");
        assertThat(deadline("2027-03-01", 1)).contains("\"deadline\":\"2027-03-02\"");
        admin.get("/admin/calendar?year=2027");
        admin.postForm("/admin/calendar", Map.of("day", "2027-03-02", "kind", "HOLIDAY", "name", "测试假日"));
        assertThat(deadline("2027-03-01", 1)).contains("\"deadline\":\"2027-03-03\"");
        admin.get("/admin/calendar?year=2027");
        HttpResponse<String> bad = admin.postForm("/admin/calendar", Map.of("day", "2027-03-03", "kind", "WORKDAY",
                "name", "错误"));
        assertThat(admin.get(bad.headers().firstValue("Location").orElseThrow().replaceFirst("^https?://[^/]+", ""))
                .body()).contains("调休上班日应为周六或周日").contains("value=\"2027-03-03\"");
        admin.get("/admin/calendar?year=2027");
        admin.postForm("/admin/calendar/delete", Map.of("day", "2027-03-02"));
        assertThat(deadline("2027-03-01", 1)).contains("\"deadline\":\"2027-03-02\"");
        assertThat(WebClient.loggedIn(port, "planner.d01").get("/admin/calendar").statusCode()).isEqualTo(403);
    }
}
