package io.fairdraw.draw.protocol;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * §1 preamble: no field may contain LF or CR; inspector ids and unit codes use only
 * {@code [0-9A-Za-z._-]}. Rejections are {@link ProtocolException}s (an IllegalArgumentException)
 * whose message is a code plus the offending value.
 */
class InputValidationTest {

    @ParameterizedTest
    @ValueSource(strings = {"91A\n", "91\rA", "\n"})
    void lineBreakInUsccIsRejectedAndShownEscaped(String uscc) {
        assertThatThrownBy(() -> new FrameEntry(uscc, "A", "D01"))
                .isInstanceOf(IllegalArgumentException.class)
                .isInstanceOfSatisfying(ProtocolException.class, e -> {
                    assertThat(e.code()).isEqualTo("frame.uscc.line-break");
                    assertThat(e.value()).isEqualTo(uscc);
                    assertThat(e.getMessage()).startsWith("frame.uscc.line-break: \"").doesNotContain("\n", "\r");
                });
    }

    @ParameterizedTest
    @ValueSource(strings = {"XJ 1", "XJ,1", "检查员1", "XJ/1", "XJ=1", "XJ+1"})
    void inspectorIdOutsideTheCharsetIsRejected(String id) {
        assertThatThrownBy(() -> new RosterEntry(id, "D01"))
                .isInstanceOfSatisfying(ProtocolException.class, e -> {
                    assertThat(e.code()).isEqualTo("roster.inspector-id.invalid-character");
                    assertThat(e.getMessage()).contains(id);
                });
    }

    @Test
    void everyCodeFieldIsChecked() {
        assertCode(() -> new RosterEntry("XJ-1", "D 01"), "roster.org-code.invalid-character");
        assertCode(() -> new FrameEntry("91A", "A", "D\n1"), "frame.org-code.line-break");
        assertCode(() -> new FrameEntry("91,A", "A", "D01"), "frame.uscc.invalid-character");
        assertCode(() -> new FrameEntry("91A", "A1", "D01"), "frame.stratum.invalid-character");
        assertCode(() -> new FrameEntry("", "A", "D01"), "frame.uscc.empty");
        assertCode(() -> new ConflictPair("XJ-1", "91A\r"), "conflicts.uscc.line-break");
        assertCode(() -> new ConflictPair("XJ 1", "91A"), "conflicts.inspector-id.invalid-character");
        assertCode(() -> new StratumParams("A\n", 300, 0), "params.stratum.line-break");
    }

    @Test
    void allowedCharactersAreAccepted() {
        assertThat(new RosterEntry("Az09._-", "org.code_1-2").inspectorId()).isEqualTo("Az09._-");
    }

    @Test
    void drawIdAndBeaconMustBeOneLine() {
        assertCode(() -> new DrawDefinition("T-1\n", Frame.of(List.of()), params(), Roster.of(List.of()),
                Conflicts.none()), "draw-id.line-break");
        Secret secret = Secret.ofHex("0".repeat(64));
        Announcement announcement = new Announcement("T-1", Sha256.EMPTY, 0, Sha256.EMPTY, Sha256.EMPTY, 0,
                Sha256.EMPTY, secret.commitment());
        assertCode(() -> DrawProtocol.seed(announcement, "42\n", secret), "beacon.line-break");
        assertCode(() -> DrawProtocol.seed(announcement, "", secret), "beacon.empty");
    }

    @Test
    void duplicatesAreRejected() {
        assertCode(() -> Frame.of(List.of(new FrameEntry("91A", "A", "D01"), new FrameEntry("91A", "B", "D01"))),
                "frame.duplicate-uscc");
        assertCode(() -> Roster.of(List.of(new RosterEntry("XJ-1", "D01"), new RosterEntry("XJ-1", "D02"))),
                "roster.duplicate-inspector");
        assertCode(() -> new DrawParams(List.of(new StratumParams("A", 1, 0), new StratumParams("A", 2, 0)), 2, 0, false),
                "params.duplicate-stratum");
    }

    @Test
    void paramsAreRangeChecked() {
        assertCode(() -> new DrawParams(List.of(), 1, 0, false), "params.team-too-small");
        assertCode(() -> new DrawParams(List.of(), 2, -1, false), "params.cap-slack-negative");
        assertCode(() -> new StratumParams("A", 10_001, 0), "params.ratio-out-of-range");
        assertCode(() -> new StratumParams("A", -1, 0), "params.ratio-out-of-range");
        assertCode(() -> new StratumParams("A", 300, -1), "params.min-negative");
    }

    @Test
    void everyStratumOfTheFrameNeedsARatio() {
        Frame frame = Frame.of(List.of(new FrameEntry("91A", "A", "D01"), new FrameEntry("91B", "X", "D01")));
        assertThatThrownBy(() -> new DrawDefinition("T-1", frame, params(), Roster.of(List.of()), Conflicts.none()))
                .isInstanceOfSatisfying(ProtocolException.class, e -> {
                    assertThat(e.code()).isEqualTo("params.stratum-without-ratio");
                    assertThat(e.value()).isEqualTo("X");
                });
    }

    @Test
    void invalidSecretIsRejectedWithoutEchoingIt() {
        String almost = "A".repeat(64);
        assertThatThrownBy(() -> Secret.ofHex(almost))
                .isInstanceOfSatisfying(ProtocolException.class, e -> {
                    assertThat(e.code()).isEqualTo("secret.invalid-hex");
                    assertThat(e.getMessage()).doesNotContain(almost);
                });
        assertCode(() -> Secret.ofHex("0".repeat(63)), "secret.invalid-hex");
    }

    @Test
    void executeRefusesADefinitionThatIsNotTheAnnouncedOne() {
        PublishedVector small = PublishedVector.load("small");
        Announcement announced = small.announcement();
        DrawDefinition changed = new DrawDefinition(small.text("drawId"), small.frame(),
                new DrawParams(small.params().strata(), 3, 1, true), small.roster(), small.conflicts());
        assertCode(() -> DrawProtocol.execute(changed, announced, small.text("beacon"), small.secret()),
                "announcement.params-hash-mismatch");
        assertCode(() -> DrawProtocol.execute(small.definition(), announced, small.text("beacon"),
                Secret.ofHex("1".repeat(64))), "secret.commitment-mismatch");
    }

    private static DrawParams params() {
        return new DrawParams(List.of(new StratumParams("A", 300, 0)), 2, 0, false);
    }

    private static void assertCode(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, String code) {
        assertThatThrownBy(call).isInstanceOfSatisfying(ProtocolException.class, e -> assertThat(e.code()).isEqualTo(code));
    }
}
