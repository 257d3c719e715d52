package io.fairdraw.support;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * {@code java verifier/Verify.java …} as a citizen runs it: a separate JVM in source-file mode,
 * from the project root (Maven's working directory). C1 only: compiling the source dominates.
 */
public record VerifierRun(int exit, String output) {

    public static final Path VERIFY = Path.of("verifier", "Verify.java");

    public static VerifierRun run(String... arguments) {
        return runAll(List.of(List.of(arguments))).get(0);
    }

    /** Several verifier processes at the same time (each tampered copy is its own process). */
    public static List<VerifierRun> runAll(List<List<String>> argumentLists) {
        try {
            List<Process> processes = new ArrayList<>();
            List<Path> outputs = new ArrayList<>();
            for (List<String> arguments : argumentLists) {
                List<String> command = new ArrayList<>(List.of(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-XX:TieredStopAtLevel=1", VERIFY.toString()));
                command.addAll(arguments);
                Path output = Files.createTempFile("verify", ".out");
                outputs.add(output);
                processes.add(new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile()).start());
            }
            List<VerifierRun> runs = new ArrayList<>();
            for (int i = 0; i < processes.size(); i++) {
                if (!processes.get(i).waitFor(180, TimeUnit.SECONDS)) {
                    processes.get(i).destroyForcibly();
                    throw new AssertionError("Verify.java did not finish");
                }
                runs.add(new VerifierRun(processes.get(i).exitValue(), Files.readString(outputs.get(i), StandardCharsets.UTF_8)));
                Files.delete(outputs.get(i));
            }
            return runs;
        } catch (IOException e) {
            throw new AssertionError(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
