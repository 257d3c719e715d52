package io.fairdraw.draw.protocol;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;

import org.junit.jupiter.api.Test;

/** §1 canonical texts: sorted whole lines, each LF-terminated, UTF-8, hashed with SHA-256. */
class CanonicalTextTest {

    @Test
    void frameLinesAreUsccCommaStratumSortedByUscc() throws IOException {
        Frame frame = Frame.of(List.of(new FrameEntry("91B", "C", "D01"), new FrameEntry("91A", "X", "D02"),
                new FrameEntry("91A0", "A", "D01")));
        assertThat(frame.canonicalText()).isEqualTo("91A,X\n91A0,A\n91B,C\n");
        assertThat(frame.hash()).isEqualTo(Sha256.of("91A,X\n91A0,A\n91B,C\n"));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        frame.writeCanonicalText(out);
        assertThat(out.toString()).isEqualTo(frame.canonicalText());
        assertThat(frame.stratumSizes()).containsExactly(
                java.util.Map.entry("A", 1), java.util.Map.entry("C", 1), java.util.Map.entry("X", 1));
    }

    @Test
    void paramsLinesAreSortedByStratumThenTeamCapSlackCrossOrg() {
        DrawParams params = new DrawParams(List.of(new StratumParams("X", 300, 2), new StratumParams("A", 200, 1)),
                3, 1, true);
        assertThat(params.canonicalText()).isEqualTo("A=200,1\nX=300,2\nteam=3\ncap_slack=1\ncross_org=1\n");
        assertThat(params.strata()).extracting(StratumParams::stratum).containsExactly("A", "X");
    }

    @Test
    void rosterLinesAreSortedByInspectorId() {
        Roster roster = Roster.of(List.of(new RosterEntry("XJ-0010", "D01"), new RosterEntry("XJ-0002", "D02"),
                new RosterEntry("XJ-001", "D03")));
        // '-' and digits sort after ',', so id order is whole-line order: "XJ-001," < "XJ-0010,".
        assertThat(roster.canonicalText()).isEqualTo("XJ-0002,D02\nXJ-001,D03\nXJ-0010,D01\n");
    }

    @Test
    void conflictsAreASetOfSortedLines() {
        Conflicts conflicts = Conflicts.of(List.of(new ConflictPair("XJ-2", "91B"), new ConflictPair("XJ-1", "91Z"),
                new ConflictPair("XJ-2", "91A"), new ConflictPair("XJ-2", "91B")));
        assertThat(conflicts.canonicalText()).isEqualTo("XJ-1,91Z\nXJ-2,91A\nXJ-2,91B\n");
        assertThat(conflicts.size()).isEqualTo(3);
        assertThat(conflicts.contains("XJ-2", "91A")).isTrue();
        assertThat(conflicts.contains("XJ-1", "91A")).isFalse();
    }

    @Test
    void commitmentHashesTheHexTextNotTheRawBytes() {
        Secret secret = Secret.ofHex("7245cbc5ff67b0b4e8d6300508a5f58b92eea3e6a827e8bb9f93c88621e8986a");
        assertThat(secret.commitment()).isEqualTo("29cd371967d9e93df4681c6fffff1e56773ac44e112d91a08c2ae8cb6b22a948");
        assertThat(secret).hasToString("Secret[redacted]");
    }

    @Test
    void generatedSecretsAre32RandomBytes() {
        Secret a = Secret.generate();
        Secret b = Secret.generate();
        assertThat(a.hex()).hasSize(64).matches("[0-9a-f]{64}");
        assertThat(a).isNotEqualTo(b);
    }

    @Test
    void seedIsOverUtf8AndMatchesCoreutils() {
        // printf 'FD-DRAW-1\n%s\n…' with a Chinese beacon: the small vector's seed.
        PublishedVector small = PublishedVector.load("small");
        assertThat(DrawProtocol.seed(small.announcement(), small.text("beacon"), small.secret()))
                .isEqualTo("0ff4d768b06738cdbb867208025d9a3db98a490137e69409c9220e1db188658e");
    }
}
