package io.fairdraw.system;

import static org.assertj.core.api.Assertions.assertThat;

import io.fairdraw.organization.Role;
import io.fairdraw.organization.domain.AccountService;
import io.fairdraw.support.AppIT;
import io.fairdraw.support.WebClient;
import io.fairdraw.system.security.LoginThrottle;
import java.util.ArrayList;
import java.util.List;
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
 * issue 18 §6, login abuse, through real form logins from several loopback addresses (each test
 * its own 127.0.0.x, so the counts per IP do not mix): rate limits per IP and per account, no
 * lock-out of a named account for its owner, one message for every refusal, and no unknown user
 * name in the permanent audit log.
 */
@AppIT
class LoginAbuseIT {

    private static final String PASSWORD = "Correct#Pass2026";
    private static final Pattern ERROR = Pattern.compile("id=\"login-error\"[^>]*>([^<]*)<");

    @LocalServerPort
    int port;

    @Autowired
    AccountService accounts;

    @Autowired
    LoginThrottle throttle;

    @Autowired
    JdbcClient jdbc;

    private String newAccount() {
        String username = "abuse-" + UUID.randomUUID().toString().substring(0, 8);
        org.springframework.security.core.context.SecurityContextHolder.clearContext();
        accounts.seed(username, "测试", "D01", Set.of(Role.PLANNER), PASSWORD);
        return username;
    }

    /** The message the login form shows after a refused login from this browser. */
    private static String message(FromAddress browser, FromAddress.Response login) {
        assertThat(login.status()).isEqualTo(302);
        assertThat(login.location()).endsWith("/login?error");
        Matcher m = ERROR.matcher(browser.send("GET", "/login?error", null).body());
        assertThat(m.find()).as("the login form shows an error").isTrue();
        return m.group(1);
    }

    @Test
    @DisplayName("同一账户同一 IP 连续 5 次密码错误后，该 IP 暂停登录该账户；其他 IP 的本人照常登录，账户不被锁定")
    void throttledByAccountAndIpNeverLocked() {
        String user = newAccount();
        FromAddress attacker = new FromAddress("127.0.0.2", port);
        for (int i = 0; i < throttle.perAccountAndIp(); i++) {
            assertThat(FromAddress.succeeded(attacker.login(user, "Wrong#Pass2026"))).isFalse();
        }
        assertThat(FromAddress.succeeded(attacker.login(user, PASSWORD)))
                .as("the attacker's address is refused even with the right password").isFalse();
        FromAddress owner = new FromAddress("127.0.0.3", port);
        assertThat(FromAddress.succeeded(owner.login(user, PASSWORD))).as("the owner elsewhere signs in").isTrue();
        assertThat(owner.send("GET", "/", null).status()).isEqualTo(200);
        assertThat(jdbc.sql("SELECT locked_until FROM org_account WHERE username = ?").param(user)
                .query(java.time.OffsetDateTime.class).optional()).as("the account itself is never locked").isEmpty();
        assertThat(jdbc.sql("SELECT count(*) FROM audit_entry WHERE action = 'LOGIN_FAILED' AND target_id = ?")
                .param(user).query(Long.class).single()).as("each wrong password audited; the refusal checks none")
                .isEqualTo(throttle.perAccountAndIp());
    }

    @Test
    @DisplayName("同一 IP 对不同用户名累计失败达到上限后，该 IP 的任何登录均被拒绝；其他 IP 不受影响")
    void rateLimitedPerIp() {
        String user = newAccount();
        FromAddress sprayer = new FromAddress("127.0.0.4", port);
        for (int i = 0; i < throttle.perIp(); i++) {
            sprayer.login("spray-" + i + "-" + UUID.randomUUID().toString().substring(0, 4), "Guess#" + i);
        }
        assertThat(FromAddress.succeeded(sprayer.login(user, PASSWORD))).as("the address is rate-limited").isFalse();
        assertThat(FromAddress.succeeded(new FromAddress("127.0.0.5", port).login(user, PASSWORD))).isTrue();
        assertThat(WebClient.loggedIn(port, "planner.d01").get("/").statusCode()).isEqualTo(200);
    }

    @Test
    @DisplayName("多个 IP 分散猜测同一账户达到上限后，失败过的 IP 被拒绝；未失败过的 IP 上本人照常登录")
    void rateLimitedPerAccountAcrossAddresses() {
        String user = newAccount();
        int perAddress = throttle.perAccountAndIp() - 1;
        List<FromAddress> botnet = new ArrayList<>();
        for (int failures = 0, ip = 10; failures < throttle.perAccount(); ip++) {
            FromAddress bot = new FromAddress("127.0.0." + ip, port);
            botnet.add(bot);
            for (int i = 0; i < perAddress && failures < throttle.perAccount(); i++, failures++) {
                assertThat(FromAddress.succeeded(bot.login(user, "Wrong#" + failures))).isFalse();
            }
        }
        assertThat(FromAddress.succeeded(botnet.get(0).login(user, PASSWORD)))
                .as("an address that guessed is refused once the account's limit is reached").isFalse();
        assertThat(FromAddress.succeeded(new FromAddress("127.0.0.60", port).login(user, PASSWORD)))
                .as("the owner, on an address that never failed, is not locked out").isTrue();
    }

    @Test
    @DisplayName("不存在的用户、密码错误、账户停用、登录受限：提示完全相同")
    void sameMessageInEveryCase() {
        String wrong = newAccount();
        String disabled = newAccount();
        long id = jdbc.sql("SELECT id FROM org_account WHERE username = ?").param(disabled).query(Long.class).single();
        jdbc.sql("UPDATE org_account SET enabled = false WHERE id = ?").param(id).update();
        FromAddress b = new FromAddress("127.0.0.6", port);
        List<String> messages = new ArrayList<>();
        messages.add(message(b, b.login("nobody-" + UUID.randomUUID().toString().substring(0, 6), PASSWORD)));
        messages.add(message(b, b.login(wrong, "Wrong#Pass2026")));
        messages.add(message(b, b.login(disabled, PASSWORD)));
        messages.add(message(b, b.login(disabled, "Wrong#Pass2026")));
        String throttled = newAccount();
        FromAddress t = new FromAddress("127.0.0.7", port);
        for (int i = 0; i < throttle.perAccountAndIp(); i++) {
            t.login(throttled, "Wrong#Pass2026");
        }
        messages.add(message(t, t.login(throttled, PASSWORD)));
        assertThat(messages).hasSize(5).allMatch(m -> m.equals(messages.get(0)));
        assertThat(messages.get(0)).contains("用户名或密码错误").doesNotContain("锁定").doesNotContain("停用");
    }

    @Test
    @DisplayName("不存在的用户名不写入审计日志（用户可能把密码输进了用户名栏）")
    void unknownNamesNotInTheAuditLog() {
        String typed = "Secret#" + UUID.randomUUID().toString().substring(0, 8);
        long before = jdbc.sql("SELECT count(*) FROM audit_entry WHERE action = 'LOGIN_FAILED' AND summary = 'unknown account'")
                .query(Long.class).single();
        FromAddress b = new FromAddress("127.0.0.8", port);
        b.login(typed, "whatever");
        assertThat(jdbc.sql("SELECT count(*) FROM audit_entry WHERE action = 'LOGIN_FAILED' AND summary = 'unknown account'")
                .query(Long.class).single()).isEqualTo(before + 1);
        assertThat(jdbc.sql("""
                SELECT count(*) FROM audit_entry WHERE position(? in target_id) > 0 OR position(? in summary) > 0
                   OR position(? in actor) > 0""").params(typed, typed, typed).query(Long.class).single()).isZero();
    }

    @Test
    @DisplayName("HTTP Basic 的失败同样计数：同一 IP 的 API 猜测被限制，其他 IP 的表单登录照常")
    void basicCountsToo() {
        String user = newAccount();
        WebClient api = new WebClient(port);
        for (int i = 0; i < throttle.perAccountAndIp(); i++) {
            assertThat(api.api("GET", "/api/v1/units/D01", user, "Wrong#Pass2026", null).statusCode()).isEqualTo(401);
        }
        var refused = api.api("GET", "/api/v1/units/D01", user, PASSWORD, null);
        assertThat(refused.statusCode()).isEqualTo(401);
        assertThat(refused.headers().allValues("WWW-Authenticate")).noneMatch(h -> h.startsWith("Basic"));
        assertThat(FromAddress.succeeded(new FromAddress("127.0.0.9", port).login(user, PASSWORD))).isTrue();
    }
}
