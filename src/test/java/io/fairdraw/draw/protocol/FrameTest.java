package io.fairdraw.draw.protocol;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * The frame's primitive representation (builder, stored-text reader, org text) against the plain
 * definition of §1: lines {@code USCC,STRATUM\n} sorted by USCC, and the org text in the same order.
 */
class FrameTest {

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 2, 25, 1_000, 150_000})
    void builderSortsLikeStringsAndTheStoredTextsReadBackIdentically(int size) {
        Random random = new Random(size);
        List<FrameEntry> entries = entries(random, size);
        Collections.shuffle(entries, random);

        Frame frame = Frame.of(entries);

        List<FrameEntry> sorted = new ArrayList<>(entries);
        sorted.sort(Comparator.comparing(FrameEntry::uscc));
        StringBuilder text = new StringBuilder();
        StringBuilder orgs = new StringBuilder();
        sorted.forEach(e -> text.append(e.uscc()).append(',').append(e.stratum()).append('\n'));
        sorted.forEach(e -> orgs.append(e.uscc()).append(',').append(e.orgCode()).append('\n'));
        assertThat(frame.canonicalText()).isEqualTo(text.toString());
        assertThat(new String(frame.orgsText(), StandardCharsets.US_ASCII)).isEqualTo(orgs.toString());
        assertThat(frame.entries()).containsExactlyElementsOf(sorted);
        assertThat(frame.hash()).isEqualTo(Sha256.of(text.toString()));

        StringBuilder codes = new StringBuilder();
        sorted.forEach(e -> codes.append(e.orgCode()).append('\n'));
        assertThat(new String(frame.orgCodeLines(), StandardCharsets.US_ASCII)).isEqualTo(codes.toString());
        Frame stored = Frame.ofCanonical(frame.canonicalBytes(), frame.orgCodeLines());
        assertThat(stored.entries()).containsExactlyElementsOf(sorted);
        assertThat(stored.hash()).isEqualTo(frame.hash());
        assertThat(stored.stratumSizes()).isEqualTo(frame.stratumSizes());
        assertThat(stored.orgsText()).isEqualTo(frame.orgsText());
        // ofCanonicalHashed hashes the stored texts on another thread, line by line: the same as hashing the texts.
        Frame hashed = Frame.ofCanonicalHashed(frame.canonicalBytes(), frame.orgCodeLines());
        assertThat(hashed.orgsHash()).isEqualTo(Sha256.of(orgs.toString())).isEqualTo(frame.orgsHash());
        assertThat(hashed.hash()).isEqualTo(frame.hash());
    }

    @Test
    void storedHashesCoverLinesLongerThanTheHashBuffer() {
        // A 70,000-character org code: the line by line org hash feeds it past its 64 kB buffer.
        List<FrameEntry> entries = List.of(new FrameEntry("91A", "A", "D".repeat(70_000)), new FrameEntry("91B", "B", "D02"));
        Frame frame = Frame.of(entries);
        Frame stored = Frame.ofCanonicalHashed(frame.canonicalBytes(), frame.orgCodeLines());
        assertThat(stored.orgsHash()).isEqualTo(Sha256.of(frame.orgsText()));
        assertThat(stored.hash()).isEqualTo(Sha256.of(frame.canonicalBytes()));
        assertThat(Frame.ofCanonicalHashed(new byte[0], new byte[0]).orgsHash()).isEqualTo(Sha256.EMPTY);
    }

    @Test
    void sortedInputAndCodesOfOtherLengthsAndCharacters() {
        // Byte order, not length order: "A" < "A-" < "A." < "A0" < "B" < "a" < "a_"; ',' sorts below all of them.
        List<String> usccs = List.of("A", "A-", "A.", "A0", "AAAAAAAAAAAAAAAAAAAAAAAAA", "B", "a", "a_");
        List<FrameEntry> entries = new ArrayList<>();
        for (int i = usccs.size() - 1; i >= 0; i--) {
            entries.add(new FrameEntry(usccs.get(i), "X", "org_" + i));
        }
        assertThat(Frame.of(entries).entries()).extracting(FrameEntry::uscc).containsExactlyElementsOf(usccs);
        assertThat(Frame.of(Frame.of(entries).entries()).canonicalText()).isEqualTo(Frame.of(entries).canonicalText());
    }

    @Test
    void sortedTextMatchesStringOrderForCodesSharingPrefixesAndPositions() {
        // Codes from a small alphabet with a shared prefix and lengths 1-20: many positions never vary,
        // shorter codes are prefixes of longer ones; the frame's text must be the String-sorted lines.
        Random random = new Random(11);
        for (int round = 0; round < 200; round++) {
            Map<String, String> reference = new TreeMap<>();
            FrameBuilder builder = Frame.builder(4);
            // at most 14 distinct codes of 1-3 characters from 2 letters
            int size = 1 + random.nextInt(round % 10 == 5 ? 14 : 300);
            String prefix = round % 3 == 0 ? "" : "9165";
            while (reference.size() < size) {
                StringBuilder code = new StringBuilder(prefix);
                int length = 1 + random.nextInt(round % 2 == 0 ? 20 : 3);
                for (int i = 0; i < length; i++) {
                    code.append("0AZaz._-".charAt(random.nextInt(round % 5 == 0 ? 2 : 8)));
                }
                String stratum = "ABCX".substring(random.nextInt(4)).substring(0, 1);
                if (reference.putIfAbsent(code.toString(), stratum) == null) {
                    builder.add(code.toString(), stratum, "D0" + random.nextInt(3));
                }
            }
            StringBuilder expected = new StringBuilder();
            reference.forEach((code, stratum) -> expected.append(code).append(',').append(stratum).append('\n'));
            Frame frame = builder.build();
            assertThat(frame.canonicalText()).isEqualTo(expected.toString());
            String again = reference.keySet().stream().skip(random.nextInt(size)).findFirst().orElseThrow();
            assertThatThrownBy(() -> Frame.builder(1).add(again, "A", "D01").add("zz", "A", "D01").add(again, "B", "D02")
                    .add("0", "A", "D01").build())
                    .isInstanceOfSatisfying(ProtocolException.class, e -> assertThat(e.value()).isEqualTo(again));
        }
    }

    @Test
    void builderValidatesLikeTheRecordAndRejectsDuplicates() {
        assertThatThrownBy(() -> Frame.builder(1).add("91A\r", "A", "D01"))
                .isInstanceOfSatisfying(ProtocolException.class, e -> assertThat(e.code()).isEqualTo("frame.uscc.line-break"));
        assertThatThrownBy(() -> Frame.builder(1).add("91A", "A1", "D01"))
                .isInstanceOfSatisfying(ProtocolException.class,
                        e -> assertThat(e.code()).isEqualTo("frame.stratum.invalid-character"));
        assertThatThrownBy(() -> Frame.builder(1).add("91B", "A", "D01").add("91A", "A", "D01").add("91B", "C", "D02").build())
                .isInstanceOfSatisfying(ProtocolException.class, e -> {
                    assertThat(e.code()).isEqualTo("frame.duplicate-uscc");
                    assertThat(e.value()).isEqualTo("91B");
                });
    }

    @Test
    void storedTextsThatAreNotCanonicalAreRefused() {
        assertRefused("91A,A\n91A,B\n", "D1\nD1\n", "frame.not-canonical", "line 2");
        assertRefused("91B,A\n91A,B\n", "D1\nD1\n", "frame.not-canonical", "line 2");
        assertRefused("91A,A\r\n", "D1\n", "frame.not-canonical", "line 1");
        assertRefused("91A,A", "D1\n", "frame.not-canonical", "not terminated");
        assertRefused("91A,A1\n", "D1\n", "frame.not-canonical", "stratum");
        assertRefused("91 A,A\n", "D1\n", "frame.not-canonical", "line 1");
        assertRefused("91A,A\n91B,A\n", "D1\n", "orgs.not-canonical", "line 2");
        assertRefused("91A,A\n", "D1\nD1\n", "orgs.not-canonical", "more org codes");
        assertRefused("91A,A\n", "\n", "orgs.not-canonical", "line 1");
        assertRefused("91A,A\n", "D 1\n", "orgs.not-canonical", "line 1");
        assertRefused("91A,A\n", "D1", "orgs.not-canonical", "line 1");
        assertThat(Frame.ofCanonical(new byte[0], new byte[0]).size()).isZero();
    }

    private static void assertRefused(String frame, String orgs, String code, String detail) {
        assertThatThrownBy(() -> Frame.ofCanonical(frame.getBytes(StandardCharsets.US_ASCII),
                orgs.getBytes(StandardCharsets.US_ASCII)))
                .isInstanceOfSatisfying(ProtocolException.class, e -> {
                    assertThat(e.code()).isEqualTo(code);
                    assertThat(e.value()).contains(detail);
                });
    }

    private static List<FrameEntry> entries(Random random, int size) {
        List<FrameEntry> entries = new ArrayList<>(size);
        Set<String> usccs = new HashSet<>();
        List<String> strata = List.of("A", "B", "C", "D", "X");
        while (entries.size() < size) {
            String uscc = Usccs.random(random);
            if (usccs.add(uscc)) {
                entries.add(new FrameEntry(uscc, strata.get(random.nextInt(strata.size())), "D" + random.nextInt(20)));
            }
        }
        return entries;
    }
}
