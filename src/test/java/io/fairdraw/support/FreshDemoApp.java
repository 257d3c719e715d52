package io.fairdraw.support;

import java.io.IOException;
import java.io.UncheckedIOException;
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

/**
 * The packaged application on a fresh database with only the demo data, started once per test JVM as
 * an operator starts it (no test switches) and shared by the tests that need exactly that: the start-up
 * gate (StartupReadinessIT) watches it come up, the zh-CN page walk (ZhCnPageWalkIT) reads it once the
 * demo is complete. One start instead of two keeps the suite short. Stopped when the JVM exits.
 */
public final class FreshDemoApp {

    /**
     * What a client saw while the application started: each answer to {@code GET /login} before the
     * first 200 that was not "503 系统正在启动 with Retry-After", how many 503s there were, and the
     * status and redirect of a demo login sent the moment /login first answered 200.
     */
    public record Readiness(List<String> unexpected, int starting, int loginStatus, String loginLocation) {
    }

    private static FreshDemoApp started;

    private final Process process;
    private final Path log;
    private final int port;
    private Readiness readiness;

    private FreshDemoApp(Process process, Path log, int port) {
        this.process = process;
        this.log = log;
        this.port = port;
    }

    public static synchronized FreshDemoApp get() {
        if (started == null) {
            started = start();
        }
        return started;
    }

    public int port() {
        return port;
    }

    public Readiness readiness() {
        return readiness;
    }

    /** Waits until the demo draws are executed and their results recorded (the demo start-up does not wait). */
    public FreshDemoApp awaitDemo() {
        long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
        while (!output().contains("Demo data complete")) {
            if (!process.isAlive() || System.nanoTime() > deadline) {
                throw new IllegalStateException("the demo did not complete: " + tail());
            }
            sleep(100);
        }
        return this;
    }

    public String tail() {
        String out = output();
        return out.substring(Math.max(0, out.length() - 3000));
    }

    private String output() {
        try {
            return Files.readString(log);
        } catch (IOException e) {
            return "";
        }
    }

    private static FreshDemoApp start() {
        try {
            Path work = Files.createTempDirectory("fd-fresh-demo-");
            Path data = work.resolve("data/pg");
            Path log = work.resolve("app.log");
            int port;
            try (ServerSocket s = new ServerSocket(0)) {
                port = s.getLocalPort();
            }
            List<String> cmd = new ArrayList<>(AppProcess.java(true));
            cmd.addAll(List.of("-jar", AppProcess.jar().toAbsolutePath().toString(), "--server.port=" + port,
                    "--fairdraw.db.data-dir=" + data));
            ProcessBuilder pb = new ProcessBuilder(cmd).directory(work.toFile()).redirectErrorStream(true)
                    .redirectOutput(log.toFile());
            pb.environment().keySet().removeIf(k -> k.startsWith("FAIRDRAW_"));
            Process process = pb.start();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                process.destroy();
                process.onExit().join();
                AppProcess.stopPostmaster(data);
            }));
            FreshDemoApp app = new FreshDemoApp(process, log, port);
            app.readiness = app.watchStartUp();
            return app;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Asks for /login as fast as it will answer; the first time it answers 200, a demo login follows at once. */
    private Readiness watchStartUp() {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        List<String> unexpected = new ArrayList<>();
        int starting = 0;
        long deadline = System.nanoTime() + Duration.ofSeconds(Integer.getInteger("fairdraw.app.start-seconds", 300)).toNanos();
        while (true) {
            if (!process.isAlive() || System.nanoTime() > deadline) {
                throw new IllegalStateException("no 200 from /login: " + tail());
            }
            HttpResponse<String> r;
            try {
                r = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                        .timeout(Duration.ofSeconds(10)).GET().build(), HttpResponse.BodyHandlers.ofString());
            } catch (IOException refused) {
                sleep(10);   // not listening yet
                continue;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            if (r.statusCode() == 200) {
                break;
            }
            if (r.statusCode() == 503 && r.body().contains("系统正在启动") && r.headers().firstValue("Retry-After").isPresent()) {
                starting++;
            } else {
                unexpected.add(r.statusCode() + " " + r.body().substring(0, Math.min(200, r.body().length())));
            }
        }
        HttpResponse<String> login = new WebClient(port).login("planner.d01", WebClient.DEMO_PASSWORD);
        return new Readiness(unexpected, starting, login.statusCode(), login.headers().firstValue("Location").orElse(""));
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
