package io.fairdraw.organization;

import static org.assertj.core.api.Assertions.assertThat;

import io.fairdraw.organization.domain.AccountService;
import io.fairdraw.support.AppIT;
import io.fairdraw.support.WebClient;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * issue 18 §4, sessions follow the account (HTTP level; AccountSessionBrowserIT does the same in
 * Chromium): the per-request stamp check and the deletion of the account's database sessions.
 */
@AppIT
class AccountSessionsIT {

    static final String PASSWORD = "Session#Pass2026";

    @LocalServerPort
    int port;

    @Autowired
    AccountService accounts;

    @Autowired
    JdbcClient jdbc;

    String newPlanner() {
        String username = "sess-" + UUID.randomUUID().toString().substring(0, 8);
        org.springframework.security.core.context.SecurityContextHolder.clearContext();
        accounts.seed(username, "会话测试", "D01", Set.of(Role.PLANNER), PASSWORD);
        return username;
    }

    long id(String username) {
        return jdbc.sql("SELECT id FROM org_account WHERE username = ?").param(username).query(Long.class).single();
    }

    long sessions(String username) {
        return jdbc.sql("SELECT count(*) FROM spring_session WHERE principal_name = ?").param(username)
                .query(Long.class).single();
    }

    WebClient signedIn(String username, String password) {
        WebClient c = new WebClient(port);
        assertThat(c.login(username, password).headers().firstValue("Location").orElseThrow()).doesNotContain("error");
        assertThat(c.get("/plans").statusCode()).isEqualTo(200);
        return c;
    }

    static void refused(WebClient c) {
        HttpResponse<String> r = c.get("/plans");
        assertThat(r.statusCode()).isEqualTo(302);
        assertThat(r.headers().firstValue("Location").orElseThrow()).contains("/login");
    }

    @Test
    @DisplayName("每次请求核对账户：数据库中直接停用或提高安全戳后，下一次请求即被拒绝（页面与 API）")
    void eachRequestRechecksTheAccount() {
        String user = newPlanner();
        WebClient page = signedIn(user, PASSWORD);
        WebClient api = signedIn(user, PASSWORD);
        assertThat(api.get("/api/v1/units/D01", "application/json").statusCode()).isEqualTo(200);
        // A change that bypassed the application (no session deleted): the stamp check alone refuses.
        jdbc.sql("UPDATE org_account SET security_stamp = security_stamp + 1 WHERE username = ?").param(user).update();
        refused(page);
        assertThat(api.get("/api/v1/units/D01", "application/json").statusCode()).isEqualTo(401);
        WebClient again = signedIn(user, PASSWORD);
        jdbc.sql("UPDATE org_account SET enabled = false WHERE username = ?").param(user).update();
        refused(again);
    }

    @Test
    @DisplayName("数据库中的会话不含密码哈希（登录后即擦除）")
    void sessionHoldsNoPasswordHash() {
        String user = newPlanner();
        signedIn(user, PASSWORD);
        String hash = jdbc.sql("SELECT password_hash FROM org_account WHERE username = ?").param(user)
                .query(String.class).single();
        assertThat(jdbc.sql("""
                SELECT count(*) FROM spring_session_attributes a JOIN spring_session s ON s.primary_id = a.session_primary_id
                WHERE s.principal_name = ?""").param(user).query(Long.class).single()).isPositive();
        assertThat(jdbc.sql("""
                SELECT count(*) FROM spring_session_attributes a JOIN spring_session s ON s.primary_id = a.session_primary_id
                WHERE s.principal_name = ? AND position(convert_to(?, 'UTF8') in a.attribute_bytes) > 0""")
                .params(user, hash).query(Long.class).single()).isZero();
    }

    @Test
    @DisplayName("管理员调整单位后，该账户的全部会话从数据库删除；重新登录后按新单位显示")
    void unitChangeEndsSessions() {
        String user = newPlanner();
        WebClient one = signedIn(user, PASSWORD);
        WebClient two = signedIn(user, PASSWORD);
        assertThat(sessions(user)).isEqualTo(2);
        WebClient admin = WebClient.loggedIn(port, "admin");
        admin.get("/admin/accounts/" + id(user));
        assertThat(admin.postForm("/admin/accounts/" + id(user), Map.of("displayName", "会话测试", "unitCode", "D02",
                "roles", "PLANNER")).statusCode()).isEqualTo(302);
        assertThat(sessions(user)).as("deleted at once, through the index by principal name").isZero();
        refused(one);
        refused(two);
        WebClient back = signedIn(user, PASSWORD);
        assertThat(back.get("/").body()).contains("第二师铁门关市自然资源和规划局");
    }

    @Test
    @DisplayName("只改显示名不结束会话")
    void displayNameAloneKeepsSessions() {
        String user = newPlanner();
        WebClient c = signedIn(user, PASSWORD);
        WebClient admin = WebClient.loggedIn(port, "admin");
        admin.get("/admin/accounts/" + id(user));
        admin.postForm("/admin/accounts/" + id(user), Map.of("displayName", "新名字", "unitCode", "D01", "roles", "PLANNER"));
        assertThat(c.get("/plans").statusCode()).isEqualTo(200);
    }

    @Test
    @DisplayName("本人修改密码后，该账户的全部会话结束（包括当前会话），用新密码重新登录")
    void ownPasswordChangeEndsSessions() {
        String user = newPlanner();
        WebClient other = signedIn(user, PASSWORD);
        WebClient c = signedIn(user, PASSWORD);
        c.get("/profile/password");
        HttpResponse<String> r = c.postForm("/profile/password", Map.of("currentPassword", PASSWORD,
                "newPassword", "Changed#Pass2027", "confirmPassword", "Changed#Pass2027"));
        assertThat(r.headers().firstValue("Location").orElseThrow()).endsWith("/login?changed");
        assertThat(c.get("/login?changed").body()).contains("密码已修改");
        refused(c);
        refused(other);
        assertThat(sessions(user)).isZero();
        signedIn(user, "Changed#Pass2027");
    }
}
