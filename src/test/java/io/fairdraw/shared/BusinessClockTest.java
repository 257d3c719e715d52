package io.fairdraw.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class BusinessClockTest {

    @Test
    @DisplayName("“今天”是北京时间的日期，与时钟自带的时区无关（UTC 16:00 已是次日）")
    void todayIsTheChinaStandardTimeDate() {
        Instant lateUtc = Instant.parse("2026-12-31T16:30:00Z");
        assertThat(BusinessClock.today(Clock.fixed(lateUtc, ZoneOffset.UTC))).isEqualTo(LocalDate.of(2027, 1, 1));
        assertThat(BusinessClock.today(Clock.fixed(Instant.parse("2026-12-31T15:59:59Z"), ZoneOffset.UTC)))
                .isEqualTo(LocalDate.of(2026, 12, 31));
        assertThat(BusinessClock.dateOf(lateUtc)).isEqualTo(LocalDate.of(2027, 1, 1));
        assertThat(BusinessClock.ZONE.getId()).isEqualTo(BusinessClock.ZONE_ID);
    }
}
