package io.fairdraw.system.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.fairdraw.support.AppIT;
import io.fairdraw.support.WebClient;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Issue 21 item 2：“操作人”一栏显示姓名——账号显示其姓名，system 显示“系统”，演示数据显示“检查人员姓名 编号（演示数据）”，
 * 不显示登录名（reviewer.d01）、system 或 demo:编号。数据来自启动时生成的演示数据。
 */
@AppIT
class NamesInByColumnsIT {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Test
    @DisplayName("事项清单的版本历史：种子数据的录入人显示“系统”")
    void catalogHistoryShowsSystemLabel() {
        String code = jdbc.sql("SELECT i.code FROM catalog_item i JOIN catalog_item_version v ON v.item_id = i.id "
                + "WHERE v.created_by = 'system' ORDER BY i.code LIMIT 1").query(String.class).single();
        Document page = Jsoup.parse(WebClient.loggedIn(port, "auditor").get("/catalog/items/" + code).body());
        assertThat(page.select("#history-table .fd-person")).extracting(org.jsoup.nodes.Element::text).contains("系统");
        assertThat(page.selectFirst("#history-table").text()).doesNotContain("system");
    }

    @Test
    @DisplayName("审核队列：演示记录的提交人显示检查人员姓名和编号并注明演示数据；已审核记录的审核人显示姓名")
    void reviewQueueAndApprovalShowNames() {
        String submitter = jdbc.sql("SELECT submitted_by FROM inspection_record r JOIN inspection_visit v ON v.id = r.visit_id "
                + "WHERE r.status = 'SUBMITTED' AND r.submitted_by LIKE 'demo:%' AND v.draw_id LIKE '%-D01-%' LIMIT 1")
                .query(String.class).single();
        String inspectorId = submitter.substring("demo:".length());
        String name = jdbc.sql("SELECT name FROM inspector WHERE id = ?").param(inspectorId).query(String.class).single();
        String queue = Jsoup.parse(WebClient.loggedIn(port, "reviewer.d01").get("/inspection/review").body())
                .selectFirst("#review-list").text();
        assertThat(queue).contains(name + " " + inspectorId + "（演示数据）").doesNotContain("demo:");

        long approvedVisit = jdbc.sql("SELECT r.visit_id FROM inspection_record r WHERE r.status = 'APPROVED' "
                + "AND r.approved_by = 'reviewer.d01' ORDER BY r.id LIMIT 1").query(Long.class).single();
        String visit = Jsoup.parse(WebClient.loggedIn(port, "reviewer.d01").get("/inspection/visits/" + approvedVisit).body())
                .text();
        assertThat(visit).contains("审核人 第一师审核人").doesNotContain("reviewer.d01");
    }
}
