package io.fairdraw.draw.protocol;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * verifier/Verify.java run as a citizen would run it: a separate JVM in source-file mode. It
 * accepts every checked-in vector and rejects a copy with one altered byte, saying which check
 * failed. Exit codes: 0 verified, 1 a check failed, 2 usage error or unreadable input.
 */
class VerifierProcessTest {

    static final List<String> NAMES = PublishedVector.NAMES;
    private static final Path VERIFY = Path.of("verifier", "Verify.java");

    record Run(int exit, String output) {
    }

    @TempDir
    Path temp;

    @ParameterizedTest
    @FieldSource("NAMES")
    void acceptsEveryVector(String name) {
        Path directory = PublishedVector.directory(name);
        Run run = verify(directory.resolve("record.json"), directory.resolve("frame.csv"),
                directory.resolve("roster.csv"), directory.resolve("conflicts.csv"));
        assertThat(run.exit()).as(run.output()).isZero();
        assertThat(run.output()).doesNotContain("FAIL").contains("OK   every team re-drawn identically")
                .containsPattern("(?m)^VERIFIED: all \\d+ checks passed$");
    }

    @Test
    void acceptsRecordAndFrameAloneAndSaysTeamsWereSkipped() {
        Path directory = PublishedVector.directory("small");
        Run run = verify(directory.resolve("record.json"), directory.resolve("frame.csv"));
        assertThat(run.exit()).as(run.output()).isZero();
        assertThat(run.output()).contains("SKIP teams").contains("OK   every ticket matches");
    }

    /**
     * One altered byte of the frame, the beacon, the secret, one selected USCC and one team member,
     * each in its own copy; the five verifier processes run at the same time.
     */
    @ParameterizedTest
    @FieldSource("NAMES")
    void rejectsEverySingleAlteration(String name) throws IOException {
        PublishedVector vector = PublishedVector.load(name);
        JsonNode first = vector.record().get("selected").get(0);
        String firstUscc = first.get("uscc").stringValue();
        String firstStratum = first.get("stratum").stringValue();

        Path frameCopy = copy(name, "frame");
        byte[] frame = Files.readAllBytes(frameCopy.resolve("frame.csv"));
        // The last character of the first USCC: the frame changes but stays canonical.
        int index = indexOf(frame, (byte) ',') - 1;
        frame[index] = (byte) (frame[index] == '0' ? '1' : '0');
        Files.write(frameCopy.resolve("frame.csv"), frame);

        Path beaconCopy = copy(name, "beacon");
        editRecord(beaconCopy, record -> record.put("beacon", alterLast(record.get("beacon").stringValue())));

        Path secretCopy = copy(name, "secret");
        editRecord(secretCopy, record -> record.put("secret", alterLast(record.get("secret").stringValue())));

        Set<String> selected = new HashSet<>();
        vector.record().get("selected").values().forEach(e -> selected.add(e.get("uscc").stringValue()));
        String replacement = PublishedVector.lines(vector.frameText()).stream()
                .filter(line -> line[1].equals(firstStratum) && !selected.contains(line[0]))
                .map(line -> line[0]).findFirst().orElseThrow();
        Path usccCopy = copy(name, "uscc");
        editRecord(usccCopy, record -> ((ObjectNode) record.get("selected").get(0)).put("uscc", replacement));

        List<String> team = new ArrayList<>();
        first.get("inspectors").values().forEach(i -> team.add(i.stringValue()));
        String other = vector.roster().entries().stream().map(RosterEntry::inspectorId)
                .filter(id -> !team.contains(id)).findFirst().orElseThrow();
        Path teamCopy = copy(name, "team");
        editRecord(teamCopy, record -> ((ArrayNode) record.get("selected").get(0).get("inspectors")).set(0, other));

        List<Run> runs = verifyAll(List.of(frameCopy, beaconCopy, secretCopy, usccCopy, teamCopy));

        assertFailed(runs.get(0), "FAIL frame hash: expected ");
        assertFailed(runs.get(1), "FAIL seed: expected ");
        assertThat(runs.get(1).output()).contains("OK   secret opens the commitment");
        assertFailed(runs.get(2), "FAIL commitment: expected ");
        assertThat(runs.get(2).output()).contains("FAIL seed: expected ");
        assertFailed(runs.get(3), "FAIL ticket of " + replacement);
        assertThat(runs.get(3).output()).contains("FAIL selection in stratum " + firstStratum);
        assertFailed(runs.get(4), "FAIL team of " + firstUscc + ": expected " + team);
        assertThat(runs.get(4).output()).contains("OK   seed matches", "OK   every ticket matches");
    }

    @Test
    void rejectsAnAlteredSubstitute() throws IOException {
        Path copy = copy(DrawVectorGenerator.FIVE_STRATA);
        editRecord(copy, record -> ((ObjectNode) record.get("substitutions").get(0)).put("in", "BT-0101"));
        assertFails(copy, "FAIL substitution 1 on ");
    }

    @Test
    void rejectsAnAlteredRosterOrConflictsFile() throws IOException {
        Path copy = copy("small");
        Files.writeString(copy.resolve("roster.csv"), PublishedVector.load("small").rosterText().replace("XJ-0007,D02", "XJ-0007,D01"));
        assertFails(copy, "FAIL roster hash: expected ");
        Path second = temp.resolve("second");
        Files.createDirectories(second);
        copyInto("small", second);
        String conflicts = PublishedVector.load("small").conflictsText();
        Files.writeString(second.resolve("conflicts.csv"), conflicts.substring(conflicts.indexOf('\n') + 1));
        assertFails(second, "FAIL conflicts hash: expected ");
    }

    @Test
    void reportsAMissingFieldAsAFailedCheck() throws IOException {
        Path copy = copy("small");
        editRecord(copy, record -> record.remove("seed"));
        assertFails(copy, "FAIL record format: field seed is missing");
        // the teams are re-drawn on another thread: a field missing there is reported the same way
        Path teams = temp.resolve("teams");
        Files.createDirectories(teams);
        copyInto("small", teams);
        editRecord(teams, record -> ((ObjectNode) record.get("selected").get(3)).remove("inspectors"));
        assertFails(teams, "FAIL record format: field inspectors is missing");
    }

    @Test
    void usageErrorsAndUnreadableInputExitWith2() throws IOException {
        assertThat(verify().exit()).isEqualTo(2);
        Path directory = PublishedVector.directory("small");
        assertThat(verify(directory.resolve("record.json")).exit()).isEqualTo(2);
        Run missingFrame = verify(directory.resolve("record.json"), temp.resolve("missing.csv"));
        assertThat(missingFrame.exit()).isEqualTo(2);
        assertThat(missingFrame.output()).contains("cannot read").contains("missing.csv");
        Run missingOrgs = verify(directory.resolve("record.json"), directory.resolve("frame.csv"), Path.of("--orgs"),
                temp.resolve("missing-orgs.csv"));
        assertThat(missingOrgs.exit()).isEqualTo(2);
        assertThat(missingOrgs.output()).contains("cannot read").contains("missing-orgs.csv");
        Path broken = temp.resolve("broken.json");
        Files.writeString(broken, "{\"protocol\": \"FD-DRAW-1\",");
        Run run = verify(broken, directory.resolve("frame.csv"));
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.output()).contains("not valid JSON");
    }

    private Run assertFails(Path directory, String failLine) {
        return assertFailed(verifyAll(List.of(directory)).get(0), failLine);
    }

    private static Run assertFailed(Run run, String failLine) {
        assertThat(run.exit()).as(run.output()).isEqualTo(1);
        assertThat(run.output()).contains(failLine).containsPattern("(?m)^NOT VERIFIED: \\d+ of \\d+ checks failed$");
        return run;
    }

    private Path copy(String name) throws IOException {
        return copy(name, "copy");
    }

    private Path copy(String name, String variant) throws IOException {
        Path copy = temp.resolve(name + "-" + variant);
        Files.createDirectories(copy);
        copyInto(name, copy);
        return copy;
    }

    private static void copyInto(String name, Path target) throws IOException {
        for (String file : List.of("record.json", "frame.csv", "roster.csv", "conflicts.csv")) {
            Files.copy(PublishedVector.directory(name).resolve(file), target.resolve(file));
        }
    }

    private static void editRecord(Path directory, Consumer<ObjectNode> edit) throws IOException {
        ObjectNode record = (ObjectNode) PublishedVector.JSON.readTree(Files.readString(directory.resolve("record.json")));
        edit.accept(record);
        Files.writeString(directory.resolve("record.json"), PublishedVector.JSON.writeValueAsString(record));
    }

    private static String alterLast(String text) {
        char last = text.charAt(text.length() - 1);
        return text.substring(0, text.length() - 1) + (last == '0' ? '1' : '0');
    }

    private static int indexOf(byte[] bytes, byte value) {
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == value) {
                return i;
            }
        }
        return -1;
    }

    private Run verify(Path... files) {
        return verifyAll(List.<Path[]>of(files)).get(0);
    }

    /** Full verification (record, frame, roster, conflicts) of each directory, all processes at once. */
    private List<Run> verifyAll(List<Path> directories) {
        List<Path[]> arguments = new ArrayList<>();
        for (Path directory : directories) {
            arguments.add(new Path[] {directory.resolve("record.json"), directory.resolve("frame.csv"),
                    directory.resolve("roster.csv"), directory.resolve("conflicts.csv")});
        }
        return verifyAll(arguments);
    }

    /**
     * {@code java verifier/Verify.java …} with this JVM, from the project root (Maven's working
     * directory). C1 only: the run is dominated by compiling the source file, which C2 does not help.
     */
    private List<Run> verifyAll(Iterable<Path[]> argumentLists) {
        try {
            List<Process> processes = new ArrayList<>();
            List<Path> outputs = new ArrayList<>();
            for (Path[] files : argumentLists) {
                List<String> command = new ArrayList<>(List.of(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-XX:TieredStopAtLevel=1", VERIFY.toString()));
                for (Path file : files) {
                    command.add(file.toString());
                }
                Path output = Files.createTempFile(temp, "verify", ".out");
                outputs.add(output);
                processes.add(new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile()).start());
            }
            List<Run> runs = new ArrayList<>();
            for (int i = 0; i < processes.size(); i++) {
                Process process = processes.get(i);
                if (!process.waitFor(180, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                    throw new AssertionError("Verify.java did not finish");
                }
                runs.add(new Run(process.exitValue(), Files.readString(outputs.get(i), StandardCharsets.UTF_8)));
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
