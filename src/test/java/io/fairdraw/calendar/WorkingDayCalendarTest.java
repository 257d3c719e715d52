package io.fairdraw.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class WorkingDayCalendarTest {

    private static WorkingDayCalendar calendar;

    @BeforeAll
    static void loadBundledCalendar() throws Exception {
        try (InputStream in = WorkingDayCalendarTest.class.getResourceAsStream("/calendar/cn-public-holidays-2025-2026.csv")) {
            assertThat(in).as("bundled calendar resource").isNotNull();
            calendar = WorkingDayCalendar.parseCsv(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
    }

    @Test
    @DisplayName("随附的 2025–2026 日历：61 个节假日、11 个调休上班日")
    void bundledCalendarIsComplete() {
        Map<LocalDate, DayKind> entries = calendar.entries();
        assertThat(entries.values().stream().filter(k -> k == DayKind.HOLIDAY)).hasSize(61);
        assertThat(entries.values().stream().filter(k -> k == DayKind.WORKDAY)).hasSize(11);
        assertThat(entries.keySet()).first().isEqualTo(LocalDate.of(2025, 1, 1));
    }

    @ParameterizedTest(name = "{0} {2} → {1}")
    @CsvSource({
            "2025-01-24, true,  周五",
            "2025-01-25, false, 周六",
            "2025-01-26, true,  周日 春节调休上班",
            "2025-01-28, false, 周二 春节",
            "2025-02-03, false, 周一 春节",
            "2025-02-04, false, 周二 春节",
            "2025-02-05, true,  周三 节后上班",
            "2025-02-08, true,  周六 春节调休上班",
            "2025-02-09, false, 周日",
            "2025-09-28, true,  周日 国庆调休上班",
            "2025-10-08, false, 周三 国庆节、中秋节",
            "2025-10-11, true,  周六 国庆调休上班",
            "2026-01-02, false, 周五 元旦",
            "2026-01-04, true,  周日 元旦调休上班",
            "2027-01-04, true,  周一 日历范围外按普通周一至周五计"})
    @DisplayName("工作日判定")
    void isWorkingDay(LocalDate date, boolean expected, String note) {
        assertThat(calendar.isWorkingDay(date)).isEqualTo(expected);
    }

    // Expected dates counted by hand from the CSV, day 1 being the first working day after `from`.
    @ParameterizedTest(name = "{3}")
    @CsvSource(delimiter = '|', value = {
            // 01-21..24 (4), 01-26 Sun make-up (5), 01-27 (6), 01-28..02-04 off, 02-05..07 (9),
            // 02-08 Sat make-up (10), 02-10..14 (15), 02-17..21 (20)
            "2025-01-20 | 20 | 2025-02-21 | 跨春节：2025-01-20 后第 20 个工作日为 2025-02-21",
            // 09-26 (1), 09-28 Sun make-up (2), 09-29..30 (4), 10-01..08 off, 10-09..10 (6),
            // 10-11 Sat make-up (7), 10-13..17 (12), 10-20..24 (17), 10-27..29 (20)
            "2025-09-25 | 20 | 2025-10-29 | 跨国庆：2025-09-25 后第 20 个工作日为 2025-10-29",
            // 12-26 (1), 12-29..31 (4), 2026-01-01..03 off, 01-04 Sun make-up (5),
            // 01-05..09 (10), 01-12..16 (15), 01-19..23 (20)
            "2025-12-25 | 20 | 2026-01-23 | 跨年：2025-12-25 后第 20 个工作日为 2026-01-23",
            // 02-13 (1), 02-14 Sat make-up (2), 02-15..23 off, 02-24..27 (6),
            // 02-28 Sat make-up (7), 03-02..04 (10)
            "2026-02-12 | 10 | 2026-03-04 | 2026 春节：2026-02-12 后第 10 个工作日为 2026-03-04",
            "2025-01-24 | 1  | 2025-01-26 | 周五后的第 1 个工作日是周日调休上班日 2025-01-26",
            "2025-01-27 | 1  | 2025-02-05 | 春节前最后一天后的第 1 个工作日为 2025-02-05",
            "2025-02-01 | 0  | 2025-02-01 | n = 0 原样返回起始日，即使它是节假日"})
    @DisplayName("addWorkingDays：第 1 天为起始日之后的第一个工作日")
    void addWorkingDays(LocalDate from, int n, LocalDate expected, String description) {
        assertThat(calendar.addWorkingDays(from, n)).isEqualTo(expected);
        assertThat(calendar.workingDaysBetween(from, expected)).isEqualTo(n);
    }

    @Test
    @DisplayName("workingDaysBetween：区间左开右闭；2025、2026 年各 248 个工作日")
    void workingDaysBetween() {
        // (01-27, 02-07]: 01-28..02-04 are holidays, 02-05..07 are working days
        assertThat(calendar.workingDaysBetween(LocalDate.of(2025, 1, 27), LocalDate.of(2025, 2, 7))).isEqualTo(3);
        assertThat(calendar.workingDaysBetween(LocalDate.of(2025, 3, 3), LocalDate.of(2025, 3, 3))).isZero();
        // 2025: 365 days - 104 weekend days - 18 weekday holidays (01-01, 01-28..31, 02-03..04,
        // 04-04, 05-01..02, 05-05, 06-02, 10-01..03, 10-06..08) + 5 make-up days = 248
        assertThat(calendar.workingDaysBetween(LocalDate.of(2024, 12, 31), LocalDate.of(2025, 12, 31))).isEqualTo(248);
        // 2026: 365 - 104 - 19 weekday holidays + 6 make-up days (01-04, 02-14, 02-28, 05-09, 09-20, 10-10) = 248
        assertThat(calendar.workingDaysBetween(LocalDate.of(2025, 12, 31), LocalDate.of(2026, 12, 31))).isEqualTo(248);
    }

    @Test
    @DisplayName("负数天数、倒置区间被拒绝")
    void rejectsNegativeAndReversed() {
        LocalDate d = LocalDate.of(2025, 5, 6);
        assertThatIllegalArgumentException().isThrownBy(() -> calendar.addWorkingDays(d, -1));
        assertThatIllegalArgumentException().isThrownBy(() -> calendar.workingDaysBetween(d, d.minusDays(1)));
    }

    @ParameterizedTest(name = "种子 {0}")
    @ValueSource(longs = {1, 2, 3, 2025})
    @DisplayName("性质：addWorkingDays 的结果总是工作日，且 workingDaysBetween 与之互逆")
    void addAndBetweenAreInverse(long seed) {
        SplittableRandom rnd = new SplittableRandom(seed);
        LocalDate start = LocalDate.of(2025, 1, 1);
        for (int i = 0; i < 500; i++) {
            LocalDate from = start.plusDays(rnd.nextInt(730));
            int n = 1 + rnd.nextInt(60);
            LocalDate result = calendar.addWorkingDays(from, n);
            assertThat(calendar.isWorkingDay(result)).as("%s + %d = %s", from, n, result).isTrue();
            assertThat(calendar.workingDaysBetween(from, result)).as("%s + %d", from, n).isEqualTo(n);
            assertThat(calendar.workingDaysBetween(from, result.minusDays(1))).isEqualTo(n - 1);
        }
    }

    @Test
    @DisplayName("两个集合构造与映射构造等价；同一天既放假又上班被拒绝")
    void factories() {
        LocalDate sat = LocalDate.of(2025, 2, 8);
        LocalDate tue = LocalDate.of(2025, 2, 4);
        WorkingDayCalendar fromSets = WorkingDayCalendar.of(Set.of(tue), Set.of(sat));
        WorkingDayCalendar fromMap = WorkingDayCalendar.of(Map.of(tue, DayKind.HOLIDAY, sat, DayKind.WORKDAY));
        assertThat(fromSets.entries()).isEqualTo(fromMap.entries());
        assertThat(fromSets.isWorkingDay(sat)).isTrue();
        assertThat(fromSets.isWorkingDay(tue)).isFalse();
        assertThatIllegalArgumentException().isThrownBy(() -> WorkingDayCalendar.of(Set.of(sat), Set.of(sat)));
    }

    @Test
    @DisplayName("CSV：忽略 BOM 与空行，kind 不区分大小写")
    void parseCsvTolerance() {
        WorkingDayCalendar cal = WorkingDayCalendar.parseCsv(new StringReader(
                "\uFEFFdate,kind,name\r\n\r\n2025-01-26,WORKDAY,春节调休上班\r\n2025-01-28,holiday,春节\r\n"));
        assertThat(cal.entries()).containsExactly(
                Map.entry(LocalDate.of(2025, 1, 26), DayKind.WORKDAY),
                Map.entry(LocalDate.of(2025, 1, 28), DayKind.HOLIDAY));
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
            "day,kind,name\\n2025-01-01,holiday,元旦 | line 1",
            "date,kind,name\\n2025-13-01,holiday,x | line 2",
            "date,kind,name\\n2025-01-01,rest,x | line 2",
            "date,kind,name\\n2025-01-01 | line 2",
            "date,kind,name\\n2025-01-01,holiday,元旦\\n2025-01-01,workday,x | line 3"})
    @DisplayName("CSV 格式错误时指出行号")
    void parseCsvErrorsNameTheLine(String csv, String expectedLine) {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> WorkingDayCalendar.parseCsv(new StringReader(csv.replace("\\n", "\n"))))
                .withMessageStartingWith(expectedLine + ":");
    }
}
