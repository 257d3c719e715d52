package io.fairdraw.support;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The packaged application started as a separate JVM, as an operator would run it: for crash,
 * restart, external-database and production-mode tests. Output goes to a log file in the
 * working directory; {@link #start} waits for the start-up banner and returns the port.
 */
public final class AppProcess implements AutoCloseable {

    private static final Pattern READY = Pattern.compile("Fairdraw is running: http://localhost:(\\d+)/");

    private final Process process;
    private final Path log;
    private final int port;

    private AppProcess(Process process, Path log, int port) {
        this.process = process;
        this.log = log;
        this.port = port;
    }

    public static Path jar() {
        Path jar = Path.of(System.getProperty("fairdraw.app.jar", "target/fairdraw-0.1.0-SNAPSHOT.jar"));
        if (!Files.exists(jar)) {
            throw new IllegalStateException("Packaged jar missing: " + jar + " (run through ./mvnw verify)");
        }
        return jar;
    }

    /**
     * The command that starts the packaged jar. These processes live for seconds and spend them
     * starting up, where C2 compilation costs more CPU than it returns on two cores: they stop at C1
     * ({@link #startCompiled} for the tests whose child process runs a hot loop, e.g. a million-row import).
     */
    public static List<String> java(boolean quickStart) {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m"));
        if (quickStart) {
            cmd.add("-XX:TieredStopAtLevel=1");
        }
        return cmd;
    }

    /** Starts the jar with the given arguments and extra environment; fails if not ready in time. */
    public static AppProcess start(Path workDir, List<String> args, Map<String, String> env) {
        return start(java(true), workDir, args, env);
    }

    /** {@link #start}, fully compiled: for a child process that parses a large file (FaultIT, HostileImportsIT). */
    public static AppProcess startCompiled(Path workDir, List<String> args, Map<String, String> env) {
        return start(java(false), workDir, args, env);
    }

    private static AppProcess start(List<String> java, Path workDir, List<String> args, Map<String, String> env) {
        Path log = workDir.resolve("app-" + System.nanoTime() + ".log");
        List<String> cmd = new ArrayList<>(java);
        cmd.addAll(List.of("-jar", jar().toAbsolutePath().toString(), "--server.port=0",
                // Ready means the demo is complete: its draws execute in the background after their
                // dice moment (issue 17), and tests count rows from the moment the port is open.
                "--fairdraw.demo.await-draws=true"));
        cmd.addAll(args);
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(workDir.toFile()).redirectErrorStream(true);
        pb.environment().keySet().removeIf(k -> k.startsWith("FAIRDRAW_"));
        pb.environment().putAll(env);
        try {
            Process p = pb.start();
            CompletableFuture<Integer> ready = new CompletableFuture<>();
            Thread pump = new Thread(() -> pump(p, log, ready), "app-output");
            pump.setDaemon(true);
            pump.start();
            p.onExit().thenRun(() -> ready.complete(-1));
            int port = ready.get(Integer.getInteger("fairdraw.app.start-seconds", 300), TimeUnit.SECONDS);
            if (port < 0) {
                return new AppProcess(p, log, -1);
            }
            return new AppProcess(p, log, port);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (Exception e) {
            String out = "";
            try {
                out = Files.readString(log);
            } catch (IOException ignored) {
                // no output
            }
            // The log lives in the test's temporary directory, gone after the test: quote its end.
            throw new IllegalStateException("application did not start; its output ended with:\n"
                    + out.substring(Math.max(0, out.length() - 4000)), e);
        }
    }

    private static void pump(Process p, Path log, CompletableFuture<Integer> ready) {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
             var out = Files.newBufferedWriter(log)) {
            for (String line; (line = in.readLine()) != null; ) {
                out.write(line);
                out.newLine();
                out.flush();
                Matcher m = READY.matcher(line);
                if (m.find()) {
                    ready.complete(Integer.parseInt(m.group(1)));
                }
            }
        } catch (IOException ignored) {
            // the process ended
        }
    }

    /** -1 when the process exited before it was ready. */
    public int port() {
        return port;
    }

    public String output() {
        try {
            return Files.readString(log);
        } catch (IOException e) {
            return "";
        }
    }

    public int waitForExit(Duration timeout) throws InterruptedException {
        return process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS) ? process.exitValue() : Integer.MIN_VALUE;
    }

    /** SIGKILL: no shutdown hook runs, the embedded PostgreSQL is left running. */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
    }

    /** SIGTERM: a graceful shutdown. */
    public void stop() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            stop();
        }
    }

    /** Stops a postmaster still running on a data directory (test clean-up). */
    public static void stopPostmaster(Path dataDir) {
        Path pid = dataDir.resolve("postmaster.pid");
        try {
            if (Files.exists(pid)) {
                long p = Long.parseLong(Files.readAllLines(pid).get(0).trim());
                ProcessHandle.of(p).ifPresent(h -> {
                    h.destroy();
                    h.onExit().orTimeout(30, TimeUnit.SECONDS).join();
                });
            }
        } catch (IOException | RuntimeException ignored) {
            // best effort
        }
    }

    /** The process id in {@code postmaster.pid}, if a server is running there. */
    public static java.util.Optional<ProcessHandle> postmaster(Path dataDir) {
        try {
            Path pid = dataDir.resolve("postmaster.pid");
            if (!Files.exists(pid)) {
                return java.util.Optional.empty();
            }
            return ProcessHandle.of(Long.parseLong(Files.readAllLines(pid).get(0).trim())).filter(ProcessHandle::isAlive);
        } catch (IOException | RuntimeException e) {
            return java.util.Optional.empty();
        }
    }
}
