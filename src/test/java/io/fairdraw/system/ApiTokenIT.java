package io.fairdraw.system;

import static org.assertj.core.api.Assertions.assertThat;

import io.fairdraw.organization.Role;
import io.fairdraw.organization.domain.AccountService;
import io.fairdraw.support.AppIT;
import io.fairdraw.support.WebClient;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * issue 18 §5, API tokens: created on the profile or by ADMIN, shown once, stored as SHA-256,
 * used as {@code Authorization: Bearer}, with expiry, last use and revocation; the API's 401
 * never challenges with Basic.
 */
@AppIT
class ApiTokenIT {

    static final Pattern TOKEN = Pattern.compile("id=\"token-value\"[^>]*>(fd_[A-Za-z0-9_-]{43})<");

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    AccountService accounts;

    static String created(HttpResponse<String> page) {
        assertThat(page.statusCode()).isEqualTo(200);
        Matcher m = TOKEN.matcher(page.body());
        assertThat(m.find()).as("the new token is shown").isTrue();
        return m.group(1);
    }

    HttpResponse<String> bearer(String method, String path, String token) {
        try {
            HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                    .header("Accept", "application/json").method(method, HttpRequest.BodyPublishers.noBody());
            if (token != null) {
                b.header("Authorization", "Bearer " + token);
            }
            return HttpClient.newHttpClient().send(b.build(), HttpResponse.BodyHandlers.ofString());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static byte[] sha256(String s) throws Exception {
        return MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.US_ASCII));
    }

    @Test
    @DisplayName("本人创建令牌：只显示一次、只存摘要；Bearer 调用成功并记录最近使用；过期后 401")
    void createUseExpire() throws Exception {
        WebClient c = WebClient.loggedIn(port, "liaison.d01");
        c.get("/profile/tokens");
        String token = created(c.postForm("/profile/tokens", Map.of("name", "对接系统", "days", "30")));
        long id = jdbc.sql("SELECT id FROM org_api_token WHERE token_hash = ?").param(sha256(token)).query(Long.class).single();
        assertThat(jdbc.sql("SELECT count(*) FROM org_api_token WHERE position(? in hint) > 0 OR position(? in name) > 0")
                .params(token, token).query(Long.class).single()).as("the secret itself is stored nowhere").isZero();
        assertThat(c.get("/profile/tokens").body()).as("listed, never shown again").contains("对接系统").doesNotContain(token);
        assertThat(jdbc.sql("SELECT last_used_at IS NULL FROM org_api_token WHERE id = ?").param(id).query(Boolean.class).single()).isTrue();

        HttpResponse<String> ok = bearer("GET", "/api/v1/units/D01", token);
        assertThat(ok.statusCode()).isEqualTo(200);
        assertThat(jdbc.sql("SELECT last_used_at IS NOT NULL FROM org_api_token WHERE id = ?").param(id).query(Boolean.class).single()).isTrue();
        assertThat(bearer("GET", "/api/v1/audit/verify", token).statusCode()).as("the account's roles apply").isEqualTo(403);
        assertThat(bearer("POST", "/api/v1/no-such-route", token).statusCode()).as("no CSRF token for Bearer").isEqualTo(404);

        jdbc.sql("UPDATE org_api_token SET expires_at = now() - interval '1 second' WHERE id = ?").param(id).update();
        HttpResponse<String> expired = bearer("GET", "/api/v1/units/D01", token);
        assertThat(expired.statusCode()).isEqualTo(401);
        assertThat(expired.headers().allValues("WWW-Authenticate")).containsExactly("Bearer realm=\"fairdraw\"");
        assertThat(c.get("/profile/tokens").body()).contains("已过期");
    }

    @Test
    @DisplayName("吊销后令牌立即失效；不能吊销他人的令牌")
    void revoke() throws Exception {
        WebClient c = WebClient.loggedIn(port, "planner.d02");
        c.get("/profile/tokens");
        String token = created(c.postForm("/profile/tokens", Map.of("name", "吊销测试", "days", "7")));
        long id = jdbc.sql("SELECT id FROM org_api_token WHERE token_hash = ?").param(sha256(token)).query(Long.class).single();
        assertThat(bearer("GET", "/api/v1/units/D02", token).statusCode()).isEqualTo(200);

        WebClient other = WebClient.loggedIn(port, "planner.d01");
        other.get("/profile/tokens");
        assertThat(other.postForm("/profile/tokens/revoke", Map.of("tokenId", String.valueOf(id))).body())
                .contains("不存在或已吊销");
        assertThat(bearer("GET", "/api/v1/units/D02", token).statusCode()).isEqualTo(200);

        c.get("/profile/tokens");
        assertThat(c.postForm("/profile/tokens/revoke", Map.of("tokenId", String.valueOf(id))).body()).contains("已吊销");
        assertThat(bearer("GET", "/api/v1/units/D02", token).statusCode()).isEqualTo(401);
        assertThat(jdbc.sql("SELECT count(*) FROM audit_entry WHERE action IN ('API_TOKEN_CREATED', 'API_TOKEN_REVOKED') AND target_id = 'planner.d02'")
                .query(Long.class).single()).isGreaterThanOrEqualTo(2);
    }

    @Test
    @DisplayName("管理员为账户创建令牌：令牌以该账户身份与角色访问；账户停用后令牌失效")
    void adminCreatesForAnAccount() {
        String user = "tok-" + UUID.randomUUID().toString().substring(0, 8);
        org.springframework.security.core.context.SecurityContextHolder.clearContext();
        accounts.seed(user, "对接账户", "BT-ZF", Set.of(Role.AUDITOR), "Token#Pass2026");
        long account = jdbc.sql("SELECT id FROM org_account WHERE username = ?").param(user).query(Long.class).single();
        WebClient admin = WebClient.loggedIn(port, "admin");
        admin.get("/admin/accounts/" + account + "/tokens");
        String token = created(admin.postForm("/admin/accounts/" + account + "/tokens", Map.of("name", "审计对接", "days", "90")));
        HttpResponse<String> verify = bearer("GET", "/api/v1/audit/verify", token);
        assertThat(verify.statusCode()).isEqualTo(200);
        assertThat(verify.body()).contains("\"ok\":");
        assertThat(jdbc.sql("SELECT created_by FROM org_api_token WHERE token_hash = ?").param(sha256Unchecked(token))
                .query(String.class).single()).isEqualTo("admin");
        admin.get("/admin/accounts/" + account);
        admin.postForm("/admin/accounts/" + account + "/enabled", Map.of("enabled", "false"));
        assertThat(bearer("GET", "/api/v1/audit/verify", token).statusCode()).isEqualTo(401);
    }

    @Test
    @DisplayName("未知令牌、空令牌、匿名：401 且不发 Basic 质询；令牌格式与数量受限")
    void badTokens() {
        for (String t : new String[] {"fd_" + "A".repeat(43), "nonsense", ""}) {
            HttpResponse<String> r = bearer("GET", "/api/v1/units/D01", t);
            assertThat(r.statusCode()).as(t).isEqualTo(401);
            assertThat(r.headers().allValues("WWW-Authenticate")).noneMatch(h -> h.startsWith("Basic"));
        }
        HttpResponse<String> anonymous = bearer("GET", "/api/v1/units/D01", null);
        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertThat(anonymous.headers().allValues("WWW-Authenticate")).noneMatch(h -> h.startsWith("Basic"));
        WebClient c = WebClient.loggedIn(port, "liaison.d02");
        c.get("/profile/tokens");
        assertThat(c.postForm("/profile/tokens", Map.of("name", "", "days", "30")).body()).contains("请填写用途名称");
        c.get("/profile/tokens");
        assertThat(c.postForm("/profile/tokens", Map.of("name", "太久", "days", "4000")).body()).contains("有效天数须在");
    }

    @Test
    @DisplayName("Bearer 与 Basic 调用都不创建会话（不下发会话 Cookie）")
    void noSessionFromApiCredentials() {
        WebClient c = WebClient.loggedIn(port, "reviewer.d01");
        c.get("/profile/tokens");
        String token = created(c.postForm("/profile/tokens", Map.of("name", "无会话", "days", "1")));
        long before = jdbc.sql("SELECT count(*) FROM spring_session").query(Long.class).single();
        HttpResponse<String> viaToken = bearer("GET", "/api/v1/units/D01", token);
        HttpResponse<String> viaBasic = new WebClient(port).api("GET", "/api/v1/units/D01", "reviewer.d01", null);
        assertThat(viaToken.statusCode()).isEqualTo(200);
        assertThat(viaBasic.statusCode()).isEqualTo(200);
        assertThat(viaToken.headers().allValues("Set-Cookie")).noneMatch(h -> h.startsWith("SESSION="));
        assertThat(viaBasic.headers().allValues("Set-Cookie")).noneMatch(h -> h.startsWith("SESSION="));
        assertThat(jdbc.sql("SELECT count(*) FROM spring_session").query(Long.class).single()).isLessThanOrEqualTo(before);
    }

    private static byte[] sha256Unchecked(String s) {
        try {
            return sha256(s);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
