package io.fairdraw.draw.protocol;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.util.SplittableRandom;

import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** §1: {@code n_s = min(N_s, max(m_s, ceil(N_s * r_s / 10000)))} in integer arithmetic. */
class SampleSizeTest {

    @ParameterizedTest(name = "N={0} r={1} m={2} -> {3}")
    @CsvSource({
            "0, 300, 0, 0",
            "0, 300, 5, 0",
            "1, 300, 0, 1",
            "100, 300, 0, 3",
            "101, 300, 0, 4",
            "13, 200, 1, 1",
            "22, 300, 0, 1",
            "5, 5000, 2, 3",
            "10, 0, 0, 0",
            "10, 0, 4, 4",
            "3, 0, 5, 3",
            "1000000, 300, 0, 30000",
            "1000001, 300, 0, 30001",
            "1000000, 10000, 0, 1000000",
            "2147483647, 10000, 0, 2147483647",
            "2147483647, 1, 0, 214749",
    })
    void table(int size, int ratioBp, int min, int expected) {
        assertThat(StratumParams.sampleSize(size, ratioBp, min)).isEqualTo(expected);
        assertThat(new StratumParams("A", ratioBp, min).sampleSize(size)).isEqualTo(expected);
    }

    @RepeatedTest(500)
    void agreesWithExactRationalArithmetic(RepetitionInfo repetition) {
        SplittableRandom random = new SplittableRandom(repetition.getCurrentRepetition());
        int size = random.nextInt(2) == 0 ? random.nextInt(1000) : random.nextInt(Integer.MAX_VALUE);
        int ratio = random.nextInt(10_001);
        int min = random.nextInt(3) == 0 ? random.nextInt(Integer.MAX_VALUE) : random.nextInt(50);
        BigInteger[] division = BigInteger.valueOf(size).multiply(BigInteger.valueOf(ratio))
                .divideAndRemainder(BigInteger.valueOf(10_000));
        BigInteger ceil = division[1].signum() == 0 ? division[0] : division[0].add(BigInteger.ONE);
        BigInteger expected = BigInteger.valueOf(size).min(BigInteger.valueOf(min).max(ceil));
        assertThat(StratumParams.sampleSize(size, ratio, min)).isEqualTo(expected.intValueExact());
    }
}
