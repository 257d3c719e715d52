package io.fairdraw.draw.protocol;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** DRAW-PROTOCOL.md §6: draw T-1, all four texts empty, beacon 42, hex(secret) = 64 × '0'. */
class SpecTestVectorTest {

    private static final Secret ZERO_SECRET = Secret.ofHex("0".repeat(64));
    private static final String SEED = "a7b6a27e71ecb28d7dd8fddde0e01b0144f014e74d885328c58619c9920ed3cc";

    private final DrawDefinition empty = new DrawDefinition("T-1", Frame.of(List.of()),
            new DrawParams(List.of(), 2, 0, false), Roster.of(List.of()), Conflicts.none());

    @Test
    void emptyTextsHashToTheEmptyHash() {
        assertThat(empty.frame().hash()).isEqualTo(Sha256.EMPTY);
        assertThat(Roster.of(List.of()).hash()).isEqualTo(Sha256.EMPTY);
        assertThat(Conflicts.none().hash()).isEqualTo(Sha256.EMPTY);
        assertThat(Sha256.of("")).isEqualTo(Sha256.EMPTY);
    }

    @Test
    void commitment() {
        assertThat(ZERO_SECRET.commitment())
                .isEqualTo("60e05bd1b195af2f94112fa7197a5c88289058840ce7c6df9693756bc6250f55");
    }

    @Test
    void seedFromEmptyHashes() {
        // §6 sets all four hashes, the params hash included, to the empty hash.
        Announcement announcement = new Announcement("T-1", Sha256.EMPTY, 0, Sha256.EMPTY, Sha256.EMPTY, 0,
                Sha256.EMPTY, ZERO_SECRET.commitment());
        assertThat(DrawProtocol.seed(announcement, "42", ZERO_SECRET)).isEqualTo(SEED);
    }

    @Test
    void tickets() {
        assertThat(DrawProtocol.ticket(SEED, "91110000100000000A"))
                .isEqualTo("3baa785b7041036bca8b1efe303de3db36e09c0d3d6e353a4212d69eab435676");
        assertThat(DrawProtocol.ticket(SEED, "91650000MA78N1TE3B"))
                .isEqualTo("ce1d9d283ea6637ad435fbcda040122bdf3f2cda41e5c0892371db5726bb5969");
    }

    @Test
    void bulkTicketsAgreeWithTheSingleTicket() {
        Frame frame = Frame.of(List.of(new FrameEntry("91110000100000000A", "A", "D01"),
                new FrameEntry("91650000MA78N1TE3B", "A", "D01")));
        EntitySelection.Outcome outcome = EntitySelection.select(frame,
                new DrawParams(List.of(new StratumParams("A", 10_000, 0)), 2, 0, false), SEED);
        assertThat(outcome.order()).extracting(pick -> Sha256.hex(pick.ticket())).containsExactly(
                "3baa785b7041036bca8b1efe303de3db36e09c0d3d6e353a4212d69eab435676",
                "ce1d9d283ea6637ad435fbcda040122bdf3f2cda41e5c0892371db5726bb5969");
    }

    @Test
    void rank() {
        assertThat(DrawProtocol.rank(SEED, "91650000MA78N1TE3B", "XJ-0001"))
                .isEqualTo("ad3d090ac3a939ff6de2de38b2ee5549f7dc8427ba70394abb0f9cb101ff61bd");
    }

    @Test
    void paramsTextOfTheEmptyDrawIsNotEmpty() {
        // A real params text always carries team, cap_slack and cross_org; §6 simply fixes its hash.
        assertThat(empty.params().canonicalText()).isEqualTo("team=2\ncap_slack=0\ncross_org=0\n");
    }
}
