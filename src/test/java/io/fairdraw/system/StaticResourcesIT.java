package io.fairdraw.system;

import static org.assertj.core.api.Assertions.assertThat;

import io.fairdraw.support.AppIT;
import io.fairdraw.support.WebClient;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Static resources are mapped under /css, /js and /webjars only, and links are not rewritten
 * (system/web/WebConfiguration): each must still be served, version-less WebJar links must resolve,
 * and nothing else on the class path may become reachable.
 */
@AppIT
class StaticResourcesIT {

    @LocalServerPort
    int port;

    @Test
    @DisplayName("静态资源、WebJars 与 Swagger UI 可访问；页面链接不被改写")
    void servedAndLinked() {
        WebClient c = new WebClient(port);
        String page = c.get("/public/results").body();
        assertThat(page).contains("src=\"/webjars/htmx.org/dist/htmx.min.js\"")
                .contains("href=\"/webjars/bootstrap/css/bootstrap.min.css\"")
                .contains("href=\"/css/app.css\"").contains("href=\"/public/results\"");
        for (String path : new String[] {"/webjars/bootstrap/css/bootstrap.min.css", "/webjars/htmx.org/dist/htmx.min.js",
                "/webjars/bootstrap/js/bootstrap.bundle.min.js", "/webjars/echarts/dist/echarts.min.js",
                "/css/app.css", "/js/app.js", "/swagger-ui/index.html"}) {
            HttpResponse<byte[]> r = c.getBytes(path);
            assertThat(r.statusCode()).as(path).isEqualTo(200);
            assertThat(r.body().length).as(path).isGreaterThan(100);
        }
        assertThat(c.getBytes("/css/app.css").headers().firstValue("Content-Type").orElseThrow()).startsWith("text/css");
        for (String hidden : new String[] {"/application.properties", "/messages.properties", "/static/css/app.css",
                "/css/../application.properties", "/js/%2e%2e/application.properties", "/templates/layout.html"}) {
            HttpResponse<byte[]> r = c.getBytes(hidden);
            // refused, or sent to the login page (302): never the file
            assertThat(r.statusCode()).as(hidden).isIn(302, 400, 401, 403, 404);
            assertThat(new String(r.body(), java.nio.charset.StandardCharsets.UTF_8)).as(hidden)
                    .doesNotContain("spring.application").doesNotContain("th:fragment");
        }
    }
}
