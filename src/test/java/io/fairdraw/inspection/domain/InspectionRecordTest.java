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
    static final Instant AT = Instant.parse("2026-06-01T02:00:00Z");
    static final InspectionRecord.Trail CREATED = new InspectionRecord.Trail(new InspectionRecord.Stamp("a", Instant.EPOCH),
            new InspectionRecord.Stamp("a", Instant.EPOCH), null, null, null);

    static InspectionRecord draft() {
        return new InspectionRecord(1, 10, null, RecordStatus.DRAFT, new InspectionRecord.Content(null, null, List.of(
                new RecordItem("T-1", 1, "land", "D01", "basis", 0, null, null, ""),
                new RecordItem("T-2", 1, "plan", "D02", "basis", 1, null, null, ""))), List.of(), "", CREATED, 0);
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
        assertThatThrownBy(() -> r.submit(TEAM, "a", AT, TODAY)).isInstanceOf(ConflictError.class)
                .hasMessage("inspection.record.unconfirmed");
        InspectionRecord both = r.confirmedBy("XJ-2", TODAY);
        assertThat(both.edited(typed(ResultCategory.PENDING_FOLLOW_UP, Disposal.RECTIFY_TRACKED)).confirmedBy())
                .as("same content keeps the confirmations").containsExactly("XJ-1", "XJ-2");
        assertThat(both.edited(typed(ResultCategory.CORRECTED, Disposal.RECTIFY_TRACKED)).confirmedBy()).isEmpty();
        assertThat(both.submit(TEAM, "a", AT, TODAY).status()).isEqualTo(RecordStatus.SUBMITTED);
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
            InspectionRecord correction = new InspectionRecord(2, d.visitId(), 1L, RecordStatus.DRAFT,
                    new InspectionRecord.Content(null, null, d.items()), List.of(), "", CREATED, 0);
            assertThat(correction.edited(typed(outcome, Disposal.RECTIFY_TRACKED)).items().get(0).category())
                    .isEqualTo(outcome);
        }
    }

    @Test
    @DisplayName("已提交的记录不能修改（409），审核通过的记录不能修改（403）；退回必须附理由")
    void submittedAndApprovedAreNotEditable() {
        InspectionRecord submitted = draft().edited(typed(ResultCategory.NO_PROBLEM, null)).confirmedBy("XJ-1", TODAY)
                .confirmedBy("XJ-2", TODAY).submit(TEAM, "a", AT, TODAY);
        assertThatThrownBy(() -> submitted.edited(typed(ResultCategory.NO_PROBLEM, null))).isInstanceOf(ConflictError.class);
        assertThatThrownBy(() -> submitted.returnForCorrection(" ")).isInstanceOf(UserError.class);
        InspectionRecord returned = submitted.returnForCorrection("photo missing");
        assertThat(returned.status()).isEqualTo(RecordStatus.DRAFT);
        assertThat(returned.confirmedBy()).isEmpty();
        InspectionRecord.Stamp a = new InspectionRecord.Stamp("a", Instant.EPOCH);
        InspectionRecord approved = new InspectionRecord(1, 10, null, RecordStatus.APPROVED,
                new InspectionRecord.Content(TODAY, null, submitted.items()), TEAM, "",
                new InspectionRecord.Trail(a, a, a, new InspectionRecord.Stamp("r", Instant.EPOCH), TODAY), 3);
        assertThatThrownBy(() -> approved.edited(typed(ResultCategory.NO_PROBLEM, null)))
                .isInstanceOf(OutOfScopeException.class).matches(e -> ((OutOfScopeException) e).visible());
    }

    static InspectionRecord confirmedDraft() {
        return draft().edited(typed(ResultCategory.NO_PROBLEM, null)).confirmedBy("XJ-1", TODAY).confirmedBy("XJ-2", TODAY);
    }

    static InspectionRecord submittedRecord() {
        return confirmedDraft().submit(TEAM, "team-a", AT, TODAY);
    }

    @Test
    @DisplayName("合法转换：草稿→已提交→审核通过；已提交→退回为草稿（清除确认，保留理由）→再次提交")
    void legalTransitions() {
        InspectionRecord submitted = submittedRecord();
        assertThat(submitted.status()).isEqualTo(RecordStatus.SUBMITTED);
        assertThat(submitted.submittedBy()).isEqualTo("team-a");
        assertThat(submitted.submittedAt()).isEqualTo(AT);
        assertThat(submitted.confirmedBy()).containsExactlyElementsOf(TEAM);

        Instant later = AT.plusSeconds(3600);
        InspectionRecord approved = submitted.approve("reviewer", later, TODAY);
        assertThat(approved.status()).isEqualTo(RecordStatus.APPROVED);
        assertThat(approved.approvedBy()).isEqualTo("reviewer");
        assertThat(approved.approvedAt()).isEqualTo(later);
        assertThat(approved.approvedOn()).isEqualTo(TODAY);
        assertThat(approved.submittedBy()).as("the submission stays on the record").isEqualTo("team-a");
        assertThat(approved.items()).isEqualTo(submitted.items());

        InspectionRecord returned = submitted.returnForCorrection("  photo missing ");
        assertThat(returned.status()).isEqualTo(RecordStatus.DRAFT);
        assertThat(returned.returnReason()).isEqualTo("photo missing");
        assertThat(returned.confirmedBy()).isEmpty();
        assertThat(returned.items()).isEqualTo(submitted.items());
        InspectionRecord again = returned.confirmedBy("XJ-1", TODAY).confirmedBy("XJ-2", TODAY)
                .submit(TEAM, "team-b", later, TODAY);
        assertThat(again.status()).isEqualTo(RecordStatus.SUBMITTED);
        assertThat(again.submittedBy()).isEqualTo("team-b");
    }

    @Test
    @DisplayName("非法转换：草稿不能审核或退回（409）；已提交不能再提交（409）；审核通过后不能提交、审核、退回（403）")
    void illegalTransitions() {
        InspectionRecord draft = confirmedDraft();
        assertThatThrownBy(() -> draft.approve("reviewer", AT, TODAY)).isInstanceOf(ConflictError.class)
                .hasMessage("inspection.record.not_submitted");
        assertThatThrownBy(() -> draft.returnForCorrection("reason")).isInstanceOf(ConflictError.class)
                .hasMessage("inspection.record.not_submitted");
        assertThatThrownBy(() -> draft().submit(TEAM, "a", AT, TODAY)).as("incomplete")
                .isInstanceOf(UserError.class).hasMessage("inspection.record.date.required");

        InspectionRecord submitted = submittedRecord();
        assertThatThrownBy(() -> submitted.submit(TEAM, "a", AT, TODAY)).isInstanceOf(ConflictError.class)
                .hasMessage("inspection.record.not_draft");
        assertThatThrownBy(() -> submitted.confirmedBy("XJ-1", TODAY)).isInstanceOf(ConflictError.class)
                .hasMessage("inspection.record.not_draft");
        assertThatThrownBy(() -> submitted.returnForCorrection(null)).isInstanceOf(UserError.class)
                .hasMessage("inspection.review.reason.required");
        assertThatThrownBy(() -> submitted.returnForCorrection("x".repeat(501))).isInstanceOf(UserError.class)
                .hasMessage("inspection.review.reason.too_long");
        assertThat(submitted.returnForCorrection("x".repeat(500)).returnReason()).hasSize(500);

        InspectionRecord approved = submitted.approve("reviewer", AT, TODAY);
        for (Runnable change : List.<Runnable>of(
                () -> approved.submit(TEAM, "a", AT, TODAY),
                () -> approved.approve("reviewer", AT, TODAY),
                () -> approved.returnForCorrection("reason"),
                () -> approved.confirmedBy("XJ-1", TODAY),
                () -> approved.edited(typed(ResultCategory.NO_PROBLEM, null)))) {
            assertThatThrownBy(change::run).isInstanceOf(OutOfScopeException.class)
                    .matches(e -> ((OutOfScopeException) e).visible());
        }
    }
}
