package io.fairdraw.inspection.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.fairdraw.inspection.FollowUpKind;
import io.fairdraw.inspection.FollowUpStatus;
import io.fairdraw.inspection.ResultCategory;
import io.fairdraw.shared.ConflictError;
import io.fairdraw.shared.UserError;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** 后续处置的状态转换与日期规则（不连数据库）。 */
class FollowUpTest {

    static final LocalDate FIRST = LocalDate.of(2026, 9, 1);
    static final LocalDate DEADLINE = FIRST.plusDays(FollowUp.DEADLINE_DAYS);
    static final LocalDate TODAY = LocalDate.of(2026, 12, 7);

    private static FollowUp open(FollowUpKind kind) {
        return new FollowUp(1, new FollowUp.Origin(2, 3, "I-1", "item", "D01", "uscc", "name", FIRST), kind, DEADLINE,
                FollowUpStatus.OPEN, null, null, null, new FollowUp.Trail(Instant.EPOCH, null, null, null, null));
    }

    private static String key(Runnable r) {
        try {
            r.run();
        } catch (UserError e) {
            return e.messageKey();
        }
        return null;
    }

    @Test
    @DisplayName("复查日期须晚于首次检查、不晚于期限、不晚于今天")
    void recheckDate() {
        FollowUp f = open(FollowUpKind.RECTIFY);
        assertThat(key(() -> f.recorded(new FollowUp.Action(null, true, null, null, null, ""), "a", Instant.EPOCH, TODAY)))
                .isEqualTo("inspection.followup.date.required");
        assertThat(key(() -> f.recorded(new FollowUp.Action(FIRST, true, null, null, null, ""), "a", Instant.EPOCH, TODAY)))
                .isEqualTo("inspection.followup.date.not_after_first");
        assertThat(key(() -> f.recorded(new FollowUp.Action(DEADLINE.plusDays(1), true, null, null, null, ""), "a",
                Instant.EPOCH, TODAY))).isEqualTo("inspection.followup.date.after_deadline");
        assertThat(key(() -> f.recorded(new FollowUp.Action(FIRST.plusDays(2), true, null, null, null, ""), "a",
                Instant.EPOCH, FIRST.plusDays(1)))).isEqualTo("inspection.followup.date.future");
        FollowUp r = f.recorded(new FollowUp.Action(FIRST.plusDays(1), true, null, null, null, ""), "a", Instant.EPOCH, TODAY);
        assertThat(r.status()).isEqualTo(FollowUpStatus.REVIEW);
        assertThat(r.outcome()).isEqualTo(ResultCategory.RECTIFIED);
        FollowUp last = f.recorded(new FollowUp.Action(DEADLINE, false, null, null, null, ""), "a", Instant.EPOCH, TODAY);
        assertThat(last.outcome()).isEqualTo(ResultCategory.NOT_RECTIFIED);
    }

    @Test
    @DisplayName("移送须有接收机构和案号，抄告须有部门；已记录的不能再次记录；办结时再查日期")
    void transitions() {
        FollowUp t = open(FollowUpKind.TRANSFER);
        LocalDate d = FIRST.plusDays(3);
        assertThat(key(() -> t.recorded(new FollowUp.Action(d, null, "", "X-1", null, ""), "a", Instant.EPOCH, TODAY)))
                .isEqualTo("inspection.followup.receiving_body.required");
        assertThat(key(() -> t.recorded(new FollowUp.Action(d, null, "body", " ", null, ""), "a", Instant.EPOCH, TODAY)))
                .isEqualTo("inspection.followup.case_no.required");
        FollowUp rt = t.recorded(new FollowUp.Action(d, null, " body ", "X-1", "ignored", ""), "a", Instant.EPOCH, TODAY);
        assertThat(rt.receivingBody()).isEqualTo("body");
        assertThat(rt.department()).isNull();
        assertThat(rt.outcome()).isEqualTo(ResultCategory.TRANSFERRED);
        assertThatThrownBy(() -> rt.recorded(new FollowUp.Action(d, null, "b", "c", null, ""), "a", Instant.EPOCH, TODAY))
                .isInstanceOf(ConflictError.class);

        FollowUp n = open(FollowUpKind.NOTIFY);
        assertThat(key(() -> n.recorded(new FollowUp.Action(d, null, null, null, "", ""), "a", Instant.EPOCH, TODAY)))
                .isEqualTo("inspection.followup.department.required");
        FollowUp rn = n.recorded(new FollowUp.Action(d, null, null, null, "林草局", ""), "a", Instant.EPOCH, TODAY);
        assertThat(rn.outcome()).isEqualTo(ResultCategory.NOTIFIED);

        assertThat(key(() -> rn.closed(FIRST, "r", Instant.EPOCH, TODAY))).isEqualTo("inspection.followup.date.not_after_first");
        FollowUp closed = rn.closed(d, "r", Instant.EPOCH, TODAY);
        assertThat(closed.status()).isEqualTo(FollowUpStatus.CLOSED);
        assertThatThrownBy(() -> closed.closed(d, "r", Instant.EPOCH, TODAY)).isInstanceOf(ConflictError.class);
        assertThatThrownBy(() -> open(FollowUpKind.RECTIFY).closed(d, "r", Instant.EPOCH, TODAY)).isInstanceOf(ConflictError.class);
    }

    @Test
    @DisplayName("只有整改、移送、抄告开启后续处置；逾期只算未记录的")
    void kindsAndOverdue() {
        assertThat(FollowUpKind.of(io.fairdraw.inspection.Disposal.NONE)).isEmpty();
        assertThat(FollowUpKind.of(io.fairdraw.inspection.Disposal.STOP_INSPECTION)).isEmpty();
        assertThat(FollowUpKind.of(io.fairdraw.inspection.Disposal.RECTIFY_TRACKED)).contains(FollowUpKind.RECTIFY);
        assertThat(open(FollowUpKind.RECTIFY).overdue(DEADLINE)).isFalse();
        assertThat(open(FollowUpKind.RECTIFY).overdue(DEADLINE.plusDays(1))).isTrue();
    }
}
