package io.fairdraw.inspection.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.fairdraw.shared.UserError;
import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** 检查日期的可填范围（issue 21 第 5 项）：抽查时间内（首末日均可）且不晚于今天；更正（复查）不受抽查时间末日限制。 */
class InspectionDatesTest {

    static final LocalDate TODAY = LocalDate.of(2026, 12, 7);
    static final LocalDate START = LocalDate.of(2026, 4, 1);
    static final LocalDate END = LocalDate.of(2026, 11, 30);

    private static String refused(InspectionDates d, LocalDate date) {
        try {
            d.check(date);
        } catch (UserError e) {
            assertThat(e.field()).isEqualTo("inspectionDate");
            return e.messageKey();
        }
        return null;
    }

    @Test
    @DisplayName("首次记录：首日、末日可以，前一天、后一天、明天、1207 年不行；可填范围为首日至末日与今天中较早者")
    void firstRecord() {
        InspectionDates d = new InspectionDates(START, END, TODAY, false);
        assertThat(refused(d, START)).isNull();
        assertThat(refused(d, END)).isNull();
        assertThat(refused(d, null)).as("required only at confirmation").isNull();
        assertThat(refused(d, START.minusDays(1))).isEqualTo("inspection.record.date.before_period");
        assertThat(refused(d, END.plusDays(1))).isEqualTo("inspection.record.date.after_period");
        assertThat(refused(d, TODAY.plusDays(1))).isEqualTo("inspection.record.date.after_today");
        assertThat(refused(d, LocalDate.of(1207, 5, 1))).isEqualTo("inspection.record.date.before_period");
        assertThat(d.earliest()).isEqualTo(START);
        assertThat(d.latest()).isEqualTo(END);

        InspectionDates running = new InspectionDates(START, TODAY.plusDays(10), TODAY, false);
        assertThat(refused(running, TODAY)).isNull();
        assertThat(refused(running, TODAY.plusDays(1))).isEqualTo("inspection.record.date.after_today");
        assertThat(running.latest()).isEqualTo(TODAY);
    }

    @Test
    @DisplayName("更正（如复查）：可晚于抽查时间末日，但不早于首日、不晚于今天")
    void correction() {
        InspectionDates d = new InspectionDates(START, END, TODAY, true);
        assertThat(refused(d, END.plusDays(5))).isNull();
        assertThat(refused(d, TODAY)).isNull();
        assertThat(refused(d, TODAY.plusDays(1))).isEqualTo("inspection.record.date.after_today");
        assertThat(refused(d, LocalDate.of(1207, 5, 1))).isEqualTo("inspection.record.date.before_period");
        assertThat(d.latest()).isEqualTo(TODAY);
        assertThatCode(() -> new InspectionDates(null, null, TODAY, false).check(TODAY)).doesNotThrowAnyException();
        assertThatThrownBy(() -> new InspectionDates(null, null, TODAY, false).check(TODAY.plusDays(1)))
                .isInstanceOf(UserError.class);
    }
}
