package io.fairdraw.inspector;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.fairdraw.inspector.Eligibility.Reason;
import io.fairdraw.shared.SupervisionField;
import io.fairdraw.shared.UserError;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** 抽取资格：持证（有效期含到期当日）、在岗、不在请假期内（请假起止日均含）。 */
class InspectorEligibilityTest {

    static final LocalDate DAY = LocalDate.of(2026, 4, 2);

    static Inspector inspector(String cert, LocalDate expiry, InspectorStatus status, LeavePeriod... leaves) {
        return new Inspector(InspectorId.of("XJ-0001"), "n", "D01", cert, expiry, Set.of(SupervisionField.LAND), status,
                false, List.of(leaves));
    }

    static Eligibility check(Inspector i) {
        return InspectorEligibility.check(i, DAY);
    }

    @Test
    @DisplayName("持证、在岗、未请假：可抽取，无提醒")
    void eligible() {
        Eligibility e = check(inspector("XJ1", DAY.plusDays(31), InspectorStatus.ON_DUTY));
        assertThat(e.eligible()).isTrue();
        assertThat(e.reasons()).isEmpty();
        assertThat(e.warnings()).isEmpty();
    }

    @Test
    @DisplayName("到期当日仍有效（并提醒）；次日起过期")
    void expiryDayItself() {
        Eligibility onExpiry = check(inspector("XJ1", DAY, InspectorStatus.ON_DUTY));
        assertThat(onExpiry.eligible()).isTrue();
        assertThat(onExpiry.warnings()).containsExactly(Reason.CERTIFICATE_EXPIRES_SOON);
        Eligibility dayAfter = check(inspector("XJ1", DAY.minusDays(1), InspectorStatus.ON_DUTY));
        assertThat(dayAfter.eligible()).isFalse();
        assertThat(dayAfter.reasons()).containsExactly(Reason.CERTIFICATE_EXPIRED);
        assertThat(dayAfter.warnings()).isEmpty();
    }

    @Test
    @DisplayName("到期前 30 天开始提醒，第 31 天不提醒")
    void warningWindow() {
        assertThat(check(inspector("XJ1", DAY.plusDays(30), InspectorStatus.ON_DUTY)).warnings())
                .containsExactly(Reason.CERTIFICATE_EXPIRES_SOON);
        assertThat(check(inspector("XJ1", DAY.plusDays(31), InspectorStatus.ON_DUTY)).warnings()).isEmpty();
    }

    @Test
    @DisplayName("无执法证号或无有效期：不可抽取")
    void missingCertificate() {
        assertThat(check(inspector("", DAY.plusYears(1), InspectorStatus.ON_DUTY)).reasons())
                .containsExactly(Reason.NO_CERTIFICATE);
        assertThat(check(inspector("XJ1", null, InspectorStatus.ON_DUTY)).reasons())
                .containsExactly(Reason.NO_CERTIFICATE);
        assertThat(check(inspector("   ", DAY.plusYears(1), InspectorStatus.ON_DUTY)).eligible()).isFalse();
    }

    @Test
    @DisplayName("离岗、退休：不可抽取")
    void notOnDuty() {
        for (InspectorStatus s : List.of(InspectorStatus.OFF_DUTY, InspectorStatus.RETIRED)) {
            assertThat(check(inspector("XJ1", DAY.plusYears(1), s)).reasons()).as(s.name())
                    .containsExactly(Reason.NOT_ON_DUTY);
        }
    }

    @Test
    @DisplayName("请假开始日、结束日当天均不可抽取；前一天和后一天可抽取")
    void leaveBoundsInclusive() {
        LeavePeriod leave = new LeavePeriod(1, DAY, DAY.plusDays(3), "");
        assertThat(InspectorEligibility.check(inspector("XJ1", DAY.plusYears(1), InspectorStatus.ON_DUTY, leave), DAY)
                .reasons()).containsExactly(Reason.ON_LEAVE);
        Inspector i = inspector("XJ1", DAY.plusYears(1), InspectorStatus.ON_DUTY, leave);
        assertThat(InspectorEligibility.check(i, DAY.plusDays(3)).reasons()).containsExactly(Reason.ON_LEAVE);
        assertThat(InspectorEligibility.check(i, DAY.minusDays(1)).eligible()).isTrue();
        assertThat(InspectorEligibility.check(i, DAY.plusDays(4)).eligible()).isTrue();
        LeavePeriod oneDay = new LeavePeriod(2, DAY, DAY, "");
        assertThat(check(inspector("XJ1", DAY.plusYears(1), InspectorStatus.ON_DUTY, oneDay)).eligible()).isFalse();
    }

    @Test
    @DisplayName("多个原因同时列出")
    void severalReasons() {
        Eligibility e = check(inspector("XJ1", DAY.minusDays(5), InspectorStatus.RETIRED,
                new LeavePeriod(1, DAY.minusDays(1), DAY.plusDays(1), "")));
        assertThat(e.reasons()).containsExactly(Reason.CERTIFICATE_EXPIRED, Reason.NOT_ON_DUTY, Reason.ON_LEAVE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"XJ-0001", "XJ-D01-001", "a.b_c-9", "X"})
    @DisplayName("检查人员编号只含 [0-9A-Za-z._-]")
    void validIds(String id) {
        assertThat(InspectorId.of(id).value()).isEqualTo(id);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "XJ 0001", "XJ,0001", "XJ-0001\n", "张三", "XJ/1", "ＸＪ-1"})
    @DisplayName("含空格、逗号、换行、中文或全角字符的编号被拒绝")
    void invalidIds(String id) {
        assertThatThrownBy(() -> new InspectorId(id)).isInstanceOf(UserError.class)
                .extracting(e -> ((UserError) e).messageKey()).isEqualTo("inspector.id.invalid");
    }

    @Test
    @DisplayName("名单行按编号字节序排序，格式为 INSPECTOR_ID,ORG_CODE")
    void rosterLines() {
        List<RosterEntry> entries = new java.util.ArrayList<>(List.of(new RosterEntry(InspectorId.of("b"), "D02"),
                new RosterEntry(InspectorId.of("XJ-2"), "D01"), new RosterEntry(InspectorId.of("XJ-10"), "D01")));
        java.util.Collections.sort(entries);
        assertThat(entries).extracting(RosterEntry::line).containsExactly("XJ-10,D01", "XJ-2,D01", "b,D02");
    }
}
