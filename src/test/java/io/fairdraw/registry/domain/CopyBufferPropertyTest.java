package io.fairdraw.registry.domain;

import io.fairdraw.support.CopyTextFormat;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@link CopyBuffer}'s hand-written UTF-8 and escaping against the plain rule: PostgreSQL's COPY
 * text format (backslash, BS, TAB, LF, VT, FF, CR escaped; {@code \N} for null) encoded with
 * {@link String#getBytes}, on seeded random strings (controls, CJK, emoji, unpaired surrogates).
 */
class CopyBufferPropertyTest {

    static Stream<Long> seeds() {
        return LongStream.range(1, 31).boxed();
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    @DisplayName("COPY 行的按字节编码与“转义后按 UTF-8 编码”的参考写法逐字节相同")
    void encodesAsTheRuleSays(long seed) {
        SplittableRandom rnd = new SplittableRandom(seed);
        CopyBuffer buffer = new CopyBuffer(8);
        StringBuilder reference = new StringBuilder();
        for (int row = 0; row < 200; row++) {
            int fields = 1 + rnd.nextInt(10);
            for (int f = 0; f < fields; f++) {
                String value = rnd.nextInt(10) == 0 ? null : text(rnd);
                buffer.add(value);
                reference.append(f == 0 ? "" : "\t").append(value == null ? "\\N" : CopyTextFormat.escape(value));
            }
            buffer.endRow();
            reference.append('\n');
        }
        assertThat(Arrays.copyOf(buffer.array(), buffer.length()))
                .isEqualTo(reference.toString().getBytes(StandardCharsets.UTF_8));
    }

    private static String text(SplittableRandom rnd) {
        StringBuilder sb = new StringBuilder();
        int n = rnd.nextInt(12);
        for (int i = 0; i < n; i++) {
            switch (rnd.nextInt(6)) {
                case 0 -> sb.append((char) rnd.nextInt(0x20));
                case 1 -> sb.append((char) (0x20 + rnd.nextInt(0x60)));
                case 2 -> sb.append((char) (0x80 + rnd.nextInt(0x780)));
                case 3 -> sb.append((char) (0x4E00 + rnd.nextInt(0x5000)));
                case 4 -> sb.appendCodePoint(0x10000 + rnd.nextInt(0xFFFFF));
                default -> sb.append((char) (0xD800 + rnd.nextInt(0x800))); // a lone surrogate
            }
        }
        return sb.toString();
    }
}
