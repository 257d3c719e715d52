package io.fairdraw.report.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class SpreadTest {

    @Test
    @DisplayName("工作量离散程度：最小、中位、最大、平均和离散系数（总体标准差 ÷ 平均数）")
    void figures() {
        Spread s = Spread.of(List.of(4L, 0L, 2L, 2L));
        assertThat(s.n()).isEqualTo(4);
        assertThat(s.total()).isEqualTo(8);
        assertThat(s.min()).isZero();
        assertThat(s.max()).isEqualTo(4);
        assertThat(s.median()).isEqualTo(2.0);
        assertThat(s.mean()).isEqualTo(2.0);
        // deviations -2, 2, 0, 0: variance 8/4 = 2
        assertThat(s.cv()).isCloseTo(Math.sqrt(2) / 2, within(1e-12));
        assertThat(Spread.of(List.of(1L, 5L, 3L)).median()).isEqualTo(3.0);
    }

    @Test
    @DisplayName("无人或全为 0 时没有离散系数")
    void emptyAndZero() {
        assertThat(Spread.of(List.of())).isEqualTo(Spread.EMPTY);
        assertThat(Spread.of(List.of(0L, 0L)).cv()).isNull();
        assertThat(Spread.of(List.of(3L, 3L, 3L)).cv()).isZero();
    }
}
