package io.fairdraw.system;

import static org.assertj.core.api.Assertions.assertThat;

import io.fairdraw.organization.Role;
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

@AppIT
class SecurityIT {

    @LocalServerPort
    int port;

    @Autowired
    AccountService accounts;

    @Autowired
    JdbcClient jdbc;

    private String newAccount(String password) {
        String username = "sec-" + UUID.randomUUID().toString().substring(0, 8);
        org.springframework.security.core.context.SecurityContextHolder.clearContext();
        accounts.seed(username, "测试", "D01", Set.of(Role.PLANNER), password);
        return username;
    }

    @Test
    @DisplayName("登录、首页、退出")
    void loginAndLogout() {
        WebClient c = new WebClient(port);
        assertThat(c.get("/").statusCode()).isEqualTo(302);
        HttpResponse<String> login = c.login("planner.d01", WebClient.DEMO_PASSWORD);
        assertThat(login.statusCode()).isEqualTo(302);
        assertThat(login.headers().firstValue("Location").orElseThrow()).doesNotContain("error");
        HttpResponse<String> home = c.get("/");
        assertThat(home.statusCode()).isEqualTo(200);
        assertThat(home.body()).contains("第一师计划管理员").contains("工作台");
        HttpResponse<String> logout = c.postForm("/logout", Map.of());
        assertThat(logout.headers().firstValue("Location").orElseThrow()).endsWith("/login?logout");
        assertThat(c.get("/").statusCode()).isEqualTo(302);
    }

    @Test
    @DisplayName("密码错误时显示中文提示并保留用户名")
    void wrongPasswordMessage() {
        WebClient c = new WebClient(port);
        HttpResponse<String> r = c.login("reviewer.d02", "wrong-password");
        assertThat(r.headers().firstValue("Location").orElseThrow()).endsWith("/login?error");
        String page = c.get("/login?error").body();
        assertThat(page).contains("用户名或密码错误").contains("value=\"reviewer.d02\"");
        // one wrong password must not lock a demo account
        c.login("reviewer.d02", WebClient.DEMO_PASSWORD);
        assertThat(c.get("/").statusCode()).isEqualTo(200);
    }

    @Test
    @DisplayName("表单缺少或伪造 CSRF 令牌时被拒绝")
    void csrfRejected() {
        WebClient c = WebClient.loggedIn(port, "liaison.d01");
        c.get("/units/D01");
        HttpResponse<String> noToken = c.postRaw("/units/D01/contact", Map.of("contactPhone", "1", "address", "x"));
        assertThat(noToken.statusCode()).isEqualTo(403);
        HttpResponse<String> forged = c.postRaw("/units/D01/contact",
                Map.of("contactPhone", "1", "address", "x", "_csrf", "forged"));
        assertThat(forged.statusCode()).isEqualTo(403);
        WebClient anonymous = new WebClient(port);
        anonymous.get("/login");
        assertThat(anonymous.postRaw("/login", Map.of("username", "admin", "password", WebClient.DEMO_PASSWORD))
                .statusCode()).isEqualTo(403);
    }

    @Test
    @DisplayName("API：未认证 401、无权限 403，均为 JSON 中文消息")
    void apiErrorsAreJson() {
        WebClient c = new WebClient(port);
        HttpResponse<String> anon = c.api("GET", "/api/v1/units/D01", null, null);
        assertThat(anon.statusCode()).isEqualTo(401);
        assertThat(anon.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/json");
        assertThat(anon.body()).contains("\"status\":401").contains("需要身份认证");
        HttpResponse<String> bad = c.api("GET", "/api/v1/units/D01", "planner.d01", "nope", null);
        assertThat(bad.statusCode()).isEqualTo(401);
        HttpResponse<String> forbidden = c.api("GET", "/api/v1/audit/verify", "planner.d01", null);
        assertThat(forbidden.statusCode()).isEqualTo(403);
        assertThat(forbidden.body()).contains("\"status\":403").contains("无权访问");
    }

    @Test
    @DisplayName("安全响应头：CSP 无内联脚本、禁止嵌入、nosniff、Referrer-Policy")
    void securityHeaders() {
        HttpResponse<String> r = new WebClient(port).get("/login");
        String csp = r.headers().firstValue("Content-Security-Policy").orElseThrow();
        assertThat(csp).contains("script-src 'self'").doesNotContain("unsafe-inline").contains("frame-ancestors 'none'");
        assertThat(r.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
        assertThat(r.headers().firstValue("X-Frame-Options")).contains("DENY");
        assertThat(r.headers().firstValue("Referrer-Policy")).contains("strict-origin-when-cross-origin");
        assertThat(r.body()).doesNotContainPattern("<script>[^<]");
    }

    @Test
    @DisplayName("错误页面为中文且不显示堆栈")
    void errorPages() {
        WebClient c = WebClient.loggedIn(port, "planner.d01");
        HttpResponse<String> notFound = c.get("/no-such-page");
        assertThat(notFound.statusCode()).isEqualTo(404);
        assertThat(notFound.body()).contains("页面不存在").doesNotContain("Exception").doesNotContain("at io.");
        HttpResponse<String> forbidden = c.get("/admin/accounts");
        assertThat(forbidden.statusCode()).isEqualTo(403);
        assertThat(forbidden.body()).contains("无权访问").doesNotContain("Exception");
    }

    @Test
    @DisplayName("新密码须符合密码规则")
    void passwordRules() {
        String user = newAccount("Start#Pass2026");
        WebClient c = new WebClient(port);
        c.login(user, "Start#Pass2026");
        c.get("/profile/password");
        HttpResponse<String> weak = c.postForm("/profile/password",
                Map.of("currentPassword", "Start#Pass2026", "newPassword", "abc", "confirmPassword", "abc"));
        assertThat(weak.statusCode()).isEqualTo(200);
        assertThat(weak.body()).contains("密码至少需要 10 位");
        c.get("/profile/password");
        HttpResponse<String> ok = c.postForm("/profile/password",
                Map.of("currentPassword", "Start#Pass2026", "newPassword", "Better#Pass2027", "confirmPassword",
                        "Better#Pass2027"));
        assertThat(ok.statusCode()).isEqualTo(302);
        assertThat(new WebClient(port).login(user, "Better#Pass2027").headers().firstValue("Location").orElseThrow())
                .doesNotContain("error");
    }


    // --- session fixation, CSRF across sessions, API without session cookies, lock-out via the API ---

    private static final java.util.regex.Pattern TOKEN = java.util.regex.Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private java.net.http.HttpClient raw() {
        return java.net.http.HttpClient.newBuilder().followRedirects(java.net.http.HttpClient.Redirect.NEVER).build();
    }

    private HttpResponse<String> rawSend(String method, String path, String cookie, String form) throws Exception {
        var b = java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://localhost:" + port + path))
                .header("Accept", "text/html");
        if (cookie != null) {
            b.header("Cookie", "SESSION=" + cookie);
        }
        if (form != null) {
            b.header("Content-Type", "application/x-www-form-urlencoded");
        }
        b.method(method, form == null ? java.net.http.HttpRequest.BodyPublishers.noBody()
                : java.net.http.HttpRequest.BodyPublishers.ofString(form));
        return raw().send(b.build(), java.net.http.HttpResponse.BodyHandlers.ofString());
    }

    private static String sessionCookie(HttpResponse<String> r) {
        return r.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("SESSION="))
                .map(c -> c.substring("SESSION=".length(), c.indexOf(';') < 0 ? c.length() : c.indexOf(';')))
                .findFirst().orElse(null);
    }

    private static String token(String html) {
        var m = TOKEN.matcher(html);
        assertThat(m.find()).isTrue();
        return m.group(1);
    }

    private static String enc(String s) {
        return java.net.URLEncoder.encode(s, java.nio.charset.StandardCharsets.UTF_8);
    }

    private String sessionIdOf(String cookie) {
        return new String(java.util.Base64.getDecoder().decode(cookie), java.nio.charset.StandardCharsets.UTF_8);
    }

    @Test
    @DisplayName("会话固定：登录时会话 ID 更换（数据库中的会话），旧 ID 无效；退出后会话从数据库删除")
    void sessionIdChangesAtLogin() throws Exception {
        HttpResponse<String> page = rawSend("GET", "/login", null, null);
        String before = sessionCookie(page);
        assertThat(before).as("an anonymous session holds the login form's CSRF token").isNotNull();
        HttpResponse<String> login = rawSend("POST", "/login", before, "username=planner.d02&password="
                + enc(WebClient.DEMO_PASSWORD) + "&_csrf=" + enc(token(page.body())));
        assertThat(login.headers().firstValue("Location").orElseThrow()).doesNotContain("error");
        String after = sessionCookie(login);
        assertThat(after).as("a new session id at login").isNotNull().isNotEqualTo(before);
        // Spring Session JDBC: the signed-in session is a row in the database, the old id is gone
        assertThat(jdbc.sql("SELECT principal_name FROM spring_session WHERE session_id = ?")
                .param(sessionIdOf(after)).query(String.class).optional()).contains("planner.d02");
        assertThat(jdbc.sql("SELECT count(*) FROM spring_session WHERE session_id = ?").param(sessionIdOf(before))
                .query(Long.class).single()).isZero();
        assertThat(rawSend("GET", "/", before, null).statusCode()).as("the pre-login id is worthless").isEqualTo(302);
        HttpResponse<String> home = rawSend("GET", "/", after, null);
        assertThat(home.statusCode()).isEqualTo(200);
        // issue 18 §5: the session authenticates the API too (the pages' own calls), so a write through
        // the session needs the session's CSRF token, as a form does
        assertThat(raw().send(java.net.http.HttpRequest.newBuilder(
                        java.net.URI.create("http://localhost:" + port + "/api/v1/units/D02"))
                .header("Cookie", "SESSION=" + after).header("Accept", "application/json").build(),
                HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(200);
        assertThat(rawSend("POST", "/api/v1/no-such-route", after, null).statusCode())
                .as("a body-less POST forged with the session cookie alone").isEqualTo(403);
        var withToken = raw().send(java.net.http.HttpRequest.newBuilder(
                        java.net.URI.create("http://localhost:" + port + "/api/v1/no-such-route"))
                .header("Cookie", "SESSION=" + after).header("X-CSRF-TOKEN", token(home.body()))
                .POST(java.net.http.HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(withToken.statusCode()).as("with the session's token the write gets through CSRF").isEqualTo(404);
        // logout deletes the database session: the cookie is dead afterwards
        rawSend("POST", "/logout", after, "_csrf=" + enc(token(home.body())));
        assertThat(jdbc.sql("SELECT count(*) FROM spring_session WHERE session_id = ?").param(sessionIdOf(after))
                .query(Long.class).single()).isZero();
        assertThat(rawSend("GET", "/", after, null).statusCode()).isEqualTo(302);
    }

    @Test
    @DisplayName("CSRF：另一会话的令牌无效；GET 不改变数据")
    void csrfTokenIsBoundToTheSession() {
        WebClient victim = WebClient.loggedIn(port, "liaison.d02");
        WebClient attacker = WebClient.loggedIn(port, "liaison.d01");
        String attackerPage = attacker.get("/units/D01").body();
        String attackerToken = token(attackerPage);
        HttpResponse<String> r = victim.postRaw("/units/D02/contact",
                Map.of("contactPhone", "110", "address", "csrf", "_csrf", attackerToken));
        assertThat(r.statusCode()).isEqualTo(403);
        assertThat(jdbc.sql("SELECT coalesce(address, '') FROM org_unit WHERE code = 'D02'").query(String.class).single())
                .isNotEqualTo("csrf");
        // state changes are POST only: a GET on a write endpoint is not a write
        assertThat(victim.get("/units/D02/contact").statusCode()).isIn(404, 405);
    }
}
