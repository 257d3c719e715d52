package io.fairdraw.organization;

import static org.assertj.core.api.Assertions.assertThat;

import io.fairdraw.support.AppIT;
import io.fairdraw.support.WebClient;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** 系统管理员：创建、修改、重置密码、停用账户，每一步留痕；非管理员无权访问。 */
@AppIT
class AccountAdminIT {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    private long audits(String action, String target) {
        return jdbc.sql("SELECT count(*) FROM audit_entry WHERE action = ? AND target_id = ? AND actor = 'admin'")
                .params(action, target).query(Long.class).single();
    }

    @Test
    @DisplayName("管理员创建账户：校验失败时保留输入并给出中文提示；成功后可登录")
    void createAccount() {
        String user = "new." + UUID.randomUUID().toString().substring(0, 6);
        WebClient admin = WebClient.loggedIn(port, "admin");
        admin.get("/admin/accounts/new");
        Map<String, String> form = new LinkedHashMap<>();
        form.put("username", user);
        form.put("displayName", "新检查员");
        form.put("unitCode", "D01");
        form.put("roles", "INSPECTOR");
        form.put("password", "short");
        HttpResponse<String> invalid = admin.postForm("/admin/accounts/new", form);
        assertThat(invalid.statusCode()).isEqualTo(200);
        assertThat(invalid.body()).contains("密码至少需要 10 位").contains("value=\"" + user + "\"").contains("新检查员");
        assertThat(jdbc.sql("SELECT count(*) FROM org_account WHERE username = ?").param(user).query(Long.class).single())
                .isZero();

        form.put("password", "Inspect#2026x");
        HttpResponse<String> created = admin.postForm("/admin/accounts/new", form);
        assertThat(created.statusCode()).isEqualTo(302);
        assertThat(audits("ACCOUNT_CREATED", user)).isEqualTo(1);
        assertThat(new WebClient(port).login(user, "Inspect#2026x").headers().firstValue("Location").orElseThrow())
                .doesNotContain("error");

        admin.get("/admin/accounts/new");
        HttpResponse<String> duplicate = admin.postForm("/admin/accounts/new", form);
        assertThat(duplicate.body()).contains("已被使用");
    }

    @Test
    @DisplayName("管理员修改角色与单位、重置密码、停用与启用账户")
    void manageAccount() {
        String user = "mgr." + UUID.randomUUID().toString().substring(0, 6);
        WebClient admin = WebClient.loggedIn(port, "admin");
        admin.get("/admin/accounts/new");
        String location = admin.postForm("/admin/accounts/new", Map.of("username", user, "displayName", "甲",
                "unitCode", "D02", "roles", "PLANNER", "password", "Planner#2026x")).headers().firstValue("Location")
                .orElseThrow();
        String path = location.replaceFirst("^https?://[^/]+", "");
        long id = Long.parseLong(path.substring(path.lastIndexOf('/') + 1));

        admin.get(path);
        HttpResponse<String> update = admin.postForm(path, Map.of("displayName", "乙", "unitCode", "D03",
                "roles", "REVIEWER"));
        assertThat(update.statusCode()).isEqualTo(302);
        Map<String, Object> row = jdbc.sql("SELECT display_name, unit_code FROM org_account WHERE id = ?").param(id)
                .query().singleRow();
        assertThat(row).containsEntry("display_name", "乙").containsEntry("unit_code", "D03");
        assertThat(jdbc.sql("SELECT role FROM org_account_role WHERE account_id = ?").param(id).query(String.class)
                .list()).containsExactly("REVIEWER");
        assertThat(audits("ACCOUNT_UPDATED", user)).isEqualTo(1);

        admin.get(path);
        assertThat(admin.postForm(path + "/password", Map.of("password", "Reset#2026yy")).statusCode()).isEqualTo(302);
        assertThat(audits("ACCOUNT_PASSWORD_RESET", user)).isEqualTo(1);
        assertThat(new WebClient(port).login(user, "Reset#2026yy").headers().firstValue("Location").orElseThrow())
                .doesNotContain("error");

        admin.get(path);
        assertThat(admin.postForm(path + "/enabled", Map.of("enabled", "false")).statusCode()).isEqualTo(302);
        assertThat(audits("ACCOUNT_DISABLED", user)).isEqualTo(1);
        WebClient disabled = new WebClient(port);
        assertThat(disabled.login(user, "Reset#2026yy").headers().firstValue("Location").orElseThrow()).contains("error");
        // issue 18 §6: a disabled account gets the same message as a wrong password
        assertThat(disabled.get("/login?error").body()).contains("用户名或密码错误").doesNotContain("账户已停用");

        admin.get(path);
        admin.postForm(path + "/enabled", Map.of("enabled", "true"));
        assertThat(audits("ACCOUNT_ENABLED", user)).isEqualTo(1);
    }

    @Test
    @DisplayName("非管理员不能访问账户与单位管理")
    void onlyAdmin() {
        for (String user : new String[] {"planner.d01", "liaison.d01", "auditor", "reviewer.d02"}) {
            WebClient c = WebClient.loggedIn(port, user);
            assertThat(c.get("/admin/accounts").statusCode()).as(user).isEqualTo(403);
            assertThat(c.get("/admin/units").statusCode()).as(user).isEqualTo(403);
        }
        WebClient planner = WebClient.loggedIn(port, "planner.d01");
        planner.get("/");
        HttpResponse<String> post = planner.postForm("/admin/accounts/new", Map.of("username", "hack.er",
                "displayName", "x", "unitCode", "D01", "roles", "ADMIN", "password", "Hacker#2026xx"));
        assertThat(post.statusCode()).isEqualTo(403);
        assertThat(jdbc.sql("SELECT count(*) FROM org_account WHERE username = 'hack.er'").query(Long.class).single())
                .isZero();
    }

    @Test
    @DisplayName("管理员创建单位：代码重复和上级单位不存在给出具体提示")
    void unitManagement() {
        String code = "T" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        WebClient admin = WebClient.loggedIn(port, "admin");
        admin.get("/admin/units/new");
        HttpResponse<String> bad = admin.postForm("/admin/units/new", Map.of("code", code, "name", "测试单位",
                "parentCode", "NOPE", "kind", "DIVISION", "contactPhone", "", "address", "", "active", "true"));
        assertThat(bad.body()).contains("上级单位 NOPE 不存在").contains("测试单位");
        admin.get("/admin/units/new");
        assertThat(admin.postForm("/admin/units/new", Map.of("code", code, "name", "测试单位", "parentCode", "BT",
                "kind", "DIVISION", "contactPhone", "", "address", "", "active", "true")).statusCode()).isEqualTo(302);
        admin.get("/admin/units/new");
        assertThat(admin.postForm("/admin/units/new", Map.of("code", code, "name", "重复", "parentCode", "BT",
                "kind", "DIVISION", "active", "true")).body()).contains("已存在");
        assertThat(audits("UNIT_CREATED", code)).isEqualTo(1);
        String list = admin.get("/admin/units?q=D0").body();
        assertThat(list).contains("第一师联络员").contains("未确定");
        HttpResponse<byte[]> export = admin.getBytes("/admin/units/export");
        assertThat(export.statusCode()).isEqualTo(200);
        assertThat(new String(export.body(), 0, 2)).isEqualTo("PK");
    }
}
