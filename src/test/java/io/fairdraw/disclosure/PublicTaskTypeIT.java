package io.fairdraw.disclosure;

import static org.assertj.core.api.Assertions.assertThat;

import io.fairdraw.inspection.ResultCategory;
import io.fairdraw.support.AppIT;
import io.fairdraw.support.WebClient;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/** 问题 19 第 7 项：公示的检查结果（列表与主体页）显示任务类型，定向任务显示“定向抽查”。 */
@AppIT
class PublicTaskTypeIT {

    @LocalServerPort
    int port;
    @Autowired
    TransactionTemplate tx;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    JdbcClient jdbc;

    @Test
    @DisplayName("定向任务的公示结果在结果列表和主体页显示“定向抽查”")
    void publishedResultsShowTheTaskType() {
        long task = jdbc.sql("SELECT t.id FROM plan_task t JOIN plan_annual p ON p.id = t.plan_id "
                + "WHERE p.unit_code = 'D01' AND p.year = 2026 AND t.task_type = 'TARGETED'").query(Long.class).single();
        String uscc = DisclosureFixtures.uscc();
        long record = DisclosureFixtures.nextId();
        new DisclosureFixtures(tx, events).approve(record, null, task, "定向类型测试任务", 2026, "D01", uscc,
                "定向类型测试有限公司", LocalDate.of(2026, 11, 20), ResultCategory.NO_PROBLEM);
        WebClient reviewer = WebClient.loggedIn(port, "reviewer.d01");
        reviewer.get("/disclosure");
        assertThat(reviewer.postForm("/disclosure/records/" + record + "/publish", Map.of()).statusCode()).isEqualTo(302);

        String list = new WebClient(port).get("/public/results?q=" + uscc).body();
        String table = list.substring(list.indexOf("id=\"results\""), list.indexOf("</table>", list.indexOf("id=\"results\"")));
        assertThat(table).contains("定向类型测试任务").contains("定向抽查");
        assertThat(new WebClient(port).get("/public/entities/" + uscc).body()).contains("定向抽查");
    }
}
