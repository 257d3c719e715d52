package io.fairdraw.system;

import static org.assertj.core.api.Assertions.assertThat;

import io.fairdraw.support.AppProcess;
import io.fairdraw.support.WebClient;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Ready before it answers (issue 21 §9): the packaged application, started as an operator starts it,
 * is asked for /login as fast as it will answer; the first time it answers 200, a demo login follows
 * at once and must succeed. Before that it may refuse the connection or answer 503 (系统正在启动),
 * never a login page backed by an account table still being seeded.
 */
class StartupReadinessIT {

    @TempDir
    Path work;

    @Test
    @DisplayName("/login 一答 200 就登录：必须成功（启动完成前答 503 系统正在启动）")
    void loginSucceedsTheMomentTheLoginPageAnswers() throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        Path data = work.resolve("data/pg");
        Path log = work.resolve("app.log");
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-jar", AppProcess.jar().toAbsolutePath().toString(), "--server.port=" + port,
                "--fairdraw.db.data-dir=" + data));
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(work.toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile());
        pb.environment().keySet().removeIf(k -> k.startsWith("FAIRDRAW_"));
        Process app = pb.start();
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        List<Integer> before = new ArrayList<>();
        try {
            long deadline = System.nanoTime() + Duration.ofSeconds(Integer.getInteger("fairdraw.app.start-seconds", 300)).toNanos();
            int status = -1;
            while (status != 200) {
                assertThat(app.isAlive()).as("the application exited: %s", tail(log)).isTrue();
                assertThat(System.nanoTime()).as("no 200 from /login in time: %s", tail(log)).isLessThan(deadline);
                try {
                    HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                            .timeout(Duration.ofSeconds(10)).GET().build(), HttpResponse.BodyHandlers.ofString());
                    status = r.statusCode();
                    if (status != 200) {
                        before.add(status);
                        assertThat(status).as("before ready, only 503 (starting): %s", r.body()).isEqualTo(503);
                        assertThat(r.body()).contains("系统正在启动");
                        assertThat(r.headers().firstValue("Retry-After")).isPresent();
                    }
                } catch (java.io.IOException refused) {
                    Thread.sleep(10);   // not listening yet
                }
            }
            // The moment /login answered 200: a demo login must succeed.
            HttpResponse<String> login = new WebClient(port).login("planner.d01", WebClient.DEMO_PASSWORD);
            assertThat(login.statusCode()).as("503s seen before: %s", before.size()).isEqualTo(302);
            assertThat(login.headers().firstValue("Location").orElse("")).doesNotContain("error");
        } finally {
            app.destroy();
            app.onExit().get();
            AppProcess.stopPostmaster(data);
        }
    }

    private static String tail(Path log) {
        try {
            String out = Files.readString(log);
            return out.substring(Math.max(0, out.length() - 3000));
        } catch (java.io.IOException e) {
            return "(no output)";
        }
    }
}
