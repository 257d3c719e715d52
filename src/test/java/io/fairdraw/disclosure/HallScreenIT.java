package io.fairdraw.disclosure;

import static org.assertj.core.api.Assertions.assertThat;

import io.fairdraw.shared.BusinessClock;
import io.fairdraw.support.AppIT;
import io.fairdraw.support.MovableClock;
import io.fairdraw.support.WebClient;
import java.net.http.HttpResponse;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Map;
import io.fairdraw.inspection.ResultCategory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionTemplate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** 大屏的数据（/public/screen.json）：本周（周一起）公示的检查结果。 */
@AppIT
class HallScreenIT {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MovableClock clock;

    @Autowired
    TransactionTemplate tx;

    @Autowired
    ApplicationEventPublisher events;

    @Test
    @DisplayName("今天公示的结果在大屏上（每条检查记录一行，有问题的事项优先显示）；到下周一就不在了")
    void resultsOfThisWeekOnly() {
        String uscc = DisclosureFixtures.uscc();
        String name = "大屏公示测试有限公司" + uscc.substring(12);
        long recordId = DisclosureFixtures.nextId();
        LocalDate today = BusinessClock.today(clock);
        new DisclosureFixtures(tx, events).approve(recordId, null, DisclosureFixtures.nextId(), "大屏测试任务",
                today.getYear(), "D01", uscc, name, today, ResultCategory.CORRECTED);
        WebClient reviewer = WebClient.loggedIn(port, "reviewer.d01");
        reviewer.get("/disclosure");
        HttpResponse<String> published = reviewer.postForm("/disclosure/records/" + recordId + "/publish", Map.of());
        assertThat(published.statusCode()).as(published.body()).isEqualTo(302);
        try {
            JsonNode view = screen();
            List<JsonNode> mine = rows(view, String.valueOf(recordId));
            assertThat(mine).as("one row for the record, not one per item").hasSize(1);
            assertThat(mine.get(0).get("main").asString()).isEqualTo(name);
            assertThat(mine.get(0).get("meta").asString()).isEqualTo("发现问题已责令改正 · " + today);

            // DisclosurePortalIT and others publish with dates of their own: the week is what the clock says
            moveTo(today.with(TemporalAdjusters.next(DayOfWeek.MONDAY)));
            assertThat(rows(screen(), String.valueOf(recordId))).as("last week's result on a new week's screen").isEmpty();
        } finally {
            clock.reset();
        }
    }

    private static List<JsonNode> rows(JsonNode view, String key) {
        List<JsonNode> out = new java.util.ArrayList<>();
        view.get("results").forEach(r -> {
            if (r.get("key").asString().equals(key)) {
                out.add(r);
            }
        });
        return out;
    }

    private void moveTo(LocalDate day) {
        clock.reset();
        Instant target = day.atTime(LocalTime.NOON).atZone(BusinessClock.ZONE).toInstant();
        clock.advance(Duration.between(Instant.now(), target));
    }

    private JsonNode screen() {
        HttpResponse<String> r = new WebClient(port).get("/public/screen.json", "application/json");
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        return JsonMapper.builder().build().readTree(r.body());
    }
}
