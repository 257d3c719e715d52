package io.fairdraw.system;

import static org.assertj.core.api.Assertions.assertThat;

import io.fairdraw.support.WebClient;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.regex.Matcher;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * issue 18 §5 with {@code fairdraw.api.basic-enabled=false}, as application-prod.properties sets it:
 * HTTP Basic is refused even with the right password; tokens and the browser's session still work.
 * (Its own Spring context, on the same per-JVM test database.)
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "fairdraw.api.basic-enabled=false")
class ApiBasicDisabledIT {

    @LocalServerPort
    int port;

    @Test
    @DisplayName("prod 设置下 HTTP Basic 被拒绝（正确密码也一样），不发 Basic 质询；令牌与登录会话可用")
    void basicRefusedTokensWork() throws Exception {
        WebClient c = WebClient.loggedIn(port, "liaison.d01");
        HttpResponse<String> basic = new WebClient(port).api("GET", "/api/v1/units/D01", "liaison.d01", null);
        assertThat(basic.statusCode()).isEqualTo(401);
        assertThat(basic.headers().allValues("WWW-Authenticate")).noneMatch(h -> h.startsWith("Basic"));
        assertThat(c.get("/api/v1/units/D01", "application/json").statusCode()).as("the session").isEqualTo(200);
        c.get("/profile/tokens");
        String page = c.postForm("/profile/tokens", Map.of("name", "prod", "days", "1")).body();
        Matcher m = ApiTokenIT.TOKEN.matcher(page);
        assertThat(m.find()).isTrue();
        HttpResponse<String> bearer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://localhost:" + port + "/api/v1/units/D01"))
                .header("Authorization", "Bearer " + m.group(1)).header("Accept", "application/json").build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(bearer.statusCode()).isEqualTo(200);
    }
}
