package io.fairdraw.inspection.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.fairdraw.inspection.Disposal;
import io.fairdraw.inspection.RecordStatus;
import io.fairdraw.inspection.ResultCategory;
import io.fairdraw.organization.OutOfScopeException;
import io.fairdraw.shared.ConflictError;
import io.fairdraw.shared.UserError;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** 检查记录的状态转换：完整性、双人确认、修改使确认失效、主体层面结果适用于全部事项、审核通过后不可修改。 */
class InspectionRecordTest {

    static final LocalDate TODAY = LocalDate.of(2026, 6, 1);
    static final List<String> TEAM = List.of("XJ-1", "XJ-2");

    static InspectionRecord draft() {
        return new InspectionRecord(1, 10, null, RecordStatus.DRAFT, null, null, List.of(), "", "a", Instant.EPOCH, "a",
                Instant.EPOCH, null, null, null, null, null, 0, List.of(
                new RecordItem("T-1", 1, "land", "D01", "basis", 0, null, null, ""),
                new RecordItem("T-2", 1, "plan", "D02", "basis", 1, null, null, "")));
    }

    static RecordDraft typed(ResultCategory first, Disposal disposal) {
        return new RecordDraft(TODAY, null, Map.of("T-1", new RecordDraft.Item(first, disposal, "found"),
                "T-2", new RecordDraft.Item(ResultCategory.NO_PROBLEM, null, "")));
    }

    @Test
    @DisplayName("发现问题必须选择后续处置；检查日期不能晚于今天")
    void completeness() {
        InspectionRecord r = draft().edited(typed(ResultCategory.PENDING_FOLLOW_UP, null));
        assertThatThrownBy(() -> r.confirmedBy("XJ-1", TODAY)).isInstanceOf(UserError.class)
                .hasMessage("inspection.record.disposal.required");
        InspectionRecord future = draft().edited(new RecordDraft(TODAY.plusDays(1), null, typed(ResultCategory.NO_PROBLEM, null).items()));
        assertThat(future.incomplete(TODAY)).extracting(UserError::messageKey).containsExactly("inspection.record.date.future");
    }

    @Test
    @DisplayName("双人确认：一人确认不能提交，修改内容后确认失效，全体确认后可提交")
    void twoPersonConfirmation() {
        InspectionRecord r = draft().edited(typed(ResultCategory.PENDING_FOLLOW_UP, Disposal.RECTIFY_TRACKED))
                .confirmedBy("XJ-1", TODAY);
        assertThatThrownBy(() -> r.submitted(TEAM, TODAY)).isInstanceOf(ConflictError.class)
                .hasMessage("inspection.record.unconfirmed");
        InspectionRecord both = r.confirmedBy("XJ-2", TODAY);
        assertThat(both.edited(typed(ResultCategory.PENDING_FOLLOW_UP, Disposal.RECTIFY_TRACKED)).confirmedBy())
                .as("same content keeps the confirmations").containsExactly("XJ-1", "XJ-2");
        assertThat(both.edited(typed(ResultCategory.CORRECTED, Disposal.RECTIFY_TRACKED)).confirmedBy()).isEmpty();
        assertThat(both.submitted(TEAM, TODAY).status()).isEqualTo(RecordStatus.SUBMITTED);
    }

    @Test
    @DisplayName("主体层面结果（如无法联系）适用于全部事项，且不能作为单个事项的结果")
    void entityLevelAppliesToAllItems() {
        InspectionRecord r = draft().edited(new RecordDraft(TODAY, ResultCategory.DEREGISTERED, Map.of()));
        assertThat(r.items()).allSatisfy(i -> assertThat(r.effectiveCategory(i)).isEqualTo(ResultCategory.DEREGISTERED));
        assertThat(r.incomplete(TODAY)).isEmpty();
        assertThatThrownBy(() -> draft().edited(typed(ResultCategory.UNREACHABLE, Disposal.STOP_INSPECTION)))
                .isInstanceOf(UserError.class).hasMessage("inspection.record.item_category.entity_level");
        assertThatThrownBy(() -> draft().edited(new RecordDraft(TODAY, ResultCategory.NO_PROBLEM, Map.of())))
                .isInstanceOf(UserError.class);
    }

    @Test
    @DisplayName("后续处置结果（已整改、已移送处理等）不能用于首次检查记录，只能用于更正记录")
    void followUpOutcomeOnlyInACorrection() {
        for (ResultCategory outcome : ResultCategory.values()) {
            if (!outcome.followUpOutcome()) {
                continue;
            }
            assertThatThrownBy(() -> draft().edited(typed(outcome, Disposal.RECTIFY_TRACKED))).as(outcome.name())
                    .isInstanceOf(UserError.class).hasMessage("inspection.record.item_category.outcome_first");
            InspectionRecord d = draft();
            InspectionRecord correction = new InspectionRecord(2, d.visitId(), 1L, RecordStatus.DRAFT, null, null,
                    List.of(), "", "a", Instant.EPOCH, "a", Instant.EPOCH, null, null, null, null, null, 0, d.items());
            assertThat(correction.edited(typed(outcome, Disposal.RECTIFY_TRACKED)).items().get(0).category())
                    .isEqualTo(outcome);
        }
    }

    @Test
    @DisplayName("已提交的记录不能修改（409），审核通过的记录不能修改（403）；退回必须附理由")
    void submittedAndApprovedAreNotEditable() {
        InspectionRecord submitted = draft().edited(typed(ResultCategory.NO_PROBLEM, null)).confirmedBy("XJ-1", TODAY)
                .confirmedBy("XJ-2", TODAY).submitted(TEAM, TODAY);
        assertThatThrownBy(() -> submitted.edited(typed(ResultCategory.NO_PROBLEM, null))).isInstanceOf(ConflictError.class);
        assertThatThrownBy(() -> submitted.returned(" ")).isInstanceOf(UserError.class);
        InspectionRecord returned = submitted.returned("photo missing");
        assertThat(returned.status()).isEqualTo(RecordStatus.DRAFT);
        assertThat(returned.confirmedBy()).isEmpty();
        InspectionRecord approved = new InspectionRecord(1, 10, null, RecordStatus.APPROVED, TODAY, null, TEAM, "", "a",
                Instant.EPOCH, "a", Instant.EPOCH, "a", Instant.EPOCH, "r", Instant.EPOCH, TODAY, 3, submitted.items());
        assertThatThrownBy(() -> approved.edited(typed(ResultCategory.NO_PROBLEM, null)))
                .isInstanceOf(OutOfScopeException.class).matches(e -> ((OutOfScopeException) e).visible());
    }
}
