package io.fairdraw.organization;

import static org.assertj.core.api.Assertions.assertThat;

import io.fairdraw.organization.domain.AccountService;
import io.fairdraw.support.AppIT;
import io.fairdraw.support.WebClient;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** 数据范围：本单位读写本单位；局机关读所属单位；监督员读全部；跨单位按 URL 或 API 均不可读写。 */
@AppIT
class ScopingIT {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    AccountService accounts;

    private String phoneOf(String unit) {
        return jdbc.sql("SELECT contact_phone FROM org_unit WHERE code = ?").param(unit).query(String.class).single();
    }

    @Test
    @DisplayName("第一师账户不能通过页面读取或修改第二师数据")
    void divisionCannotReachAnotherDivisionByUrl() {
        WebClient d01 = WebClient.loggedIn(port, "liaison.d01");
        assertThat(d01.get("/units/D01").statusCode()).isEqualTo(200);
        assertThat(d01.get("/units/D02").statusCode()).isEqualTo(404);
        String before = phoneOf("D02");
        d01.get("/units/D01"); // a valid CSRF token of the own session
        HttpResponse<String> post = d01.postForm("/units/D02/contact", Map.of("contactPhone", "0000", "address", "x"));
        assertThat(post.statusCode()).isEqualTo(404);
        assertThat(phoneOf("D02")).isEqualTo(before);
    }

    @Test
    @DisplayName("第一师账户不能通过 API 读取或修改第二师数据")
    void divisionCannotReachAnotherDivisionByApi() {
        WebClient c = new WebClient(port);
        assertThat(c.api("GET", "/api/v1/units/D01", "planner.d01", null).statusCode()).isEqualTo(200);
        HttpResponse<String> read = c.api("GET", "/api/v1/units/D02", "planner.d01", null);
        assertThat(read.statusCode()).isEqualTo(404);
        assertThat(read.body()).contains("不在您的数据范围内");
        String before = phoneOf("D02");
        HttpResponse<String> write = c.api("PUT", "/api/v1/units/D02/contact", "liaison.d01",
                "{\"contactPhone\":\"0000\",\"address\":\"x\"}");
        assertThat(write.statusCode()).isEqualTo(404);
        assertThat(phoneOf("D02")).isEqualTo(before);
    }

    @Test
    @DisplayName("联络员可修改本单位联系信息并留痕；本单位其他角色只读")
    void liaisonWritesOwnUnit() {
        WebClient c = new WebClient(port);
        HttpResponse<String> ok = c.api("PUT", "/api/v1/units/D01/contact", "liaison.d01",
                "{\"contactPhone\":\"0997-1234567\",\"address\":\"阿拉尔市\"}");
        assertThat(ok.statusCode()).isEqualTo(200);
        assertThat(phoneOf("D01")).isEqualTo("0997-1234567");
        assertThat(jdbc.sql("SELECT count(*) FROM audit_entry WHERE action = 'UNIT_CONTACT_UPDATED' AND target_id = 'D01'"
                + " AND actor = 'liaison.d01'").query(Long.class).single()).isPositive();
        HttpResponse<String> planner = c.api("PUT", "/api/v1/units/D01/contact", "planner.d01",
                "{\"contactPhone\":\"1\",\"address\":\"y\"}");
        assertThat(planner.statusCode()).isEqualTo(403);
        assertThat(phoneOf("D01")).isEqualTo("0997-1234567");
    }

    @Test
    @DisplayName("兵团局机关处室可读各师市数据但不可修改；监督员可读全部")
    void bureauReadsDivisions() {
        accounts.seed("liaison.bt-gh", "规划处联络员", "BT-GH", Set.of(Role.LIAISON), WebClient.DEMO_PASSWORD);
        WebClient c = new WebClient(port);
        assertThat(c.api("GET", "/api/v1/units/D02", "liaison.bt-gh", null).statusCode()).isEqualTo(200);
        assertThat(c.api("GET", "/api/v1/units/D14", "liaison.bt-gh", null).statusCode()).isEqualTo(200);
        HttpResponse<String> write = c.api("PUT", "/api/v1/units/D02/contact", "liaison.bt-gh",
                "{\"contactPhone\":\"1\",\"address\":\"y\"}");
        assertThat(write.statusCode()).isEqualTo(403);
        assertThat(c.api("GET", "/api/v1/units/D09", "auditor", null).statusCode()).isEqualTo(200);
        // a division does not read the bureau
        assertThat(c.api("GET", "/api/v1/units/BT-GH", "planner.d02", null).statusCode()).isEqualTo(404);
    }
}
