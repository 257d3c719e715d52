package io.fairdraw.organization;

import static org.assertj.core.api.Assertions.assertThat;

import io.fairdraw.organization.domain.AccountService;
import io.fairdraw.support.AppIT;
import io.fairdraw.support.Browser;
import io.fairdraw.support.WebClient;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * issue 18 §4 in Chromium: a planner's open browser session ends on the next request after an
 * administrator disables the account, changes its roles, or resets its password.
 */
@AppIT
class AccountSessionBrowserIT {

    private static final String PASSWORD = "Browser#Pass2026";

    @LocalServerPort
    int port;

    @Autowired
    AccountService accounts;

    @Autowired
    JdbcClient jdbc;

    private String newPlanner() {
        String username = "brs-" + UUID.randomUUID().toString().substring(0, 8);
        org.springframework.security.core.context.SecurityContextHolder.clearContext();
        accounts.seed(username, "浏览器会话", "D01", Set.of(Role.PLANNER), PASSWORD);
        return username;
    }

    /** Signs the planner in, lets the administrator change the account, then takes the planner's next step. */
    private void nextRequestRefusedAfter(String name, String change, Map<String, String> form) {
        String user = newPlanner();
        long id = jdbc.sql("SELECT id FROM org_account WHERE username = ?").param(user).query(Long.class).single();
        try (Browser b = Browser.open(port)) {
            b.login(user, PASSWORD);
            b.go("/plans");
            assertThat(b.driver().getCurrentUrl()).endsWith("/plans");
            WebClient admin = WebClient.loggedIn(port, "admin");
            admin.get("/admin/accounts/" + id);
            assertThat(admin.postForm("/admin/accounts/" + id + change, form).statusCode()).isEqualTo(302);
            assertThat(jdbc.sql("SELECT count(*) FROM spring_session WHERE principal_name = ?").param(user)
                    .query(Long.class).single()).isZero();
            b.go("/plans");
            b.waitFor().until(d -> d.getCurrentUrl().contains("/login"));
            assertThat(b.driver().findElements(By.id("login-submit"))).hasSize(1);
            b.screenshot("session-ended-" + name);
        }
    }

    @Test
    @DisplayName("停用计划管理员后，其已打开的浏览器会话下一次请求即被拒绝")
    void disable() {
        nextRequestRefusedAfter("disable", "/enabled", Map.of("enabled", "false"));
    }

    @Test
    @DisplayName("更改角色后，浏览器会话下一次请求即被拒绝")
    void roleChange() {
        nextRequestRefusedAfter("roles", "", Map.of("displayName", "浏览器会话", "unitCode", "D01", "roles", "INSPECTOR"));
    }

    @Test
    @DisplayName("重置密码后，浏览器会话下一次请求即被拒绝")
    void passwordReset() {
        nextRequestRefusedAfter("password", "/password", Map.of("password", "Reset#Pass2027"));
    }
}
