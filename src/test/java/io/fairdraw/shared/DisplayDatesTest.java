package io.fairdraw.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** 日期只有一种写法：yyyy-MM-dd 与 yyyy-MM-dd HH:mm，按业务时区（issue 21 第 4 项）。 */
class DisplayDatesTest {

    @Test
    @DisplayName("时刻按北京时间写成 yyyy-MM-dd HH:mm：UTC 16:30 已是次日 00:30")
    void instantsInTheBusinessZone() {
        Instant late = Instant.parse("2026-12-07T16:30:59Z");
        assertThat(DisplayDates.dateTime(late)).isEqualTo("2026-12-08 00:30");
        assertThat(DisplayDates.date(late)).isEqualTo("2026-12-08");
        assertThat(DisplayDates.dateTime(OffsetDateTime.of(2026, 12, 7, 16, 30, 0, 0, ZoneOffset.UTC)))
                .isEqualTo("2026-12-08 00:30");
    }

    @Test
    @DisplayName("日期仍是日期；本地时刻不换时区；年份不带千位分隔符；空值为空串")
    void datesAndLocalTimes() {
        assertThat(DisplayDates.dateTime(LocalDate.of(2027, 3, 31))).isEqualTo("2027-03-31");
        assertThat(DisplayDates.date(LocalDate.of(2027, 3, 31))).isEqualTo("2027-03-31");
        assertThat(DisplayDates.dateTime(LocalDateTime.of(2026, 1, 2, 3, 4, 5))).isEqualTo("2026-01-02 03:04");
        assertThat(DisplayDates.date(null)).isEmpty();
        assertThat(DisplayDates.dateTime(null)).isEmpty();
        assertThatThrownBy(() -> DisplayDates.date("2026-01-02")).isInstanceOf(IllegalArgumentException.class);
    }
}
