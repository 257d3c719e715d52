package io.fairdraw.inspection.domain;

import static org.assertj.core.api.Assertions.assertThat;

import io.fairdraw.inspection.Disposal;
import io.fairdraw.inspection.PointResult;
import io.fairdraw.inspection.RecordStatus;
import io.fairdraw.inspection.ResultCategory;
import io.fairdraw.shared.UserError;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;
import org.junit.jupiter.api.Test;

/** 检查表：事项结果由检查要点得出；不符合要点须有问题描述和证据；无法检查的类别直接选择并附证据。 */
class ChecklistAnswersTest {

    static RecordPoint point(String item, int no, PointResult a, String finding) {
        return new RecordPoint(item, no, "要点" + no, "第" + no + "条", "查阅资料", a, finding);
    }

    static InspectionRecord record(ResultCategory entity, ResultCategory itemCategory) {
        RecordItem item = new RecordItem("A", 1, "土地复垦义务履行情况检查", "D01", "", 0, itemCategory,
                itemCategory != null && itemCategory.problem() ? Disposal.values()[1] : null, "");
        return new InspectionRecord(1, 1, null, RecordStatus.DRAFT, new InspectionRecord.Content(null, entity, List.of(item)),
                List.of(), "", new InspectionRecord.Trail(new InspectionRecord.Stamp("a", null),
                new InspectionRecord.Stamp("a", null), null, null, null), 0);
    }

    @Test
    @DisplayName("全部符合或不涉及即为未发现问题；有不符合时取检查组选择的问题类别，未选择则为空")
    void deriveFollowsPoints() {
        List<RecordPoint> clean = List.of(point("A", 1, PointResult.COMPLIANT, ""), point("A", 2, PointResult.NOT_APPLICABLE, ""));
        assertThat(ChecklistAnswers.derive(clean, null)).isEqualTo(ResultCategory.NO_PROBLEM);
        assertThat(ChecklistAnswers.derive(clean, ResultCategory.PENDING_FOLLOW_UP)).isEqualTo(ResultCategory.NO_PROBLEM);
        List<RecordPoint> bad = List.of(point("A", 1, PointResult.NONCOMPLIANT, "x"), point("A", 2, PointResult.COMPLIANT, ""));
        assertThat(ChecklistAnswers.derive(bad, ResultCategory.NO_PROBLEM)).isNull();
        assertThat(ChecklistAnswers.derive(bad, ResultCategory.CORRECTED)).isEqualTo(ResultCategory.CORRECTED);
        List<RecordPoint> open = List.of(point("A", 1, null, ""), point("A", 2, PointResult.COMPLIANT, ""));
        assertThat(ChecklistAnswers.derive(open, ResultCategory.NO_PROBLEM)).isNull();
        assertThat(ChecklistAnswers.derive(List.of(), ResultCategory.NO_PROBLEM)).isEqualTo(ResultCategory.NO_PROBLEM);
    }

    @Test
    @DisplayName("不符合要点缺少问题描述或证据、要点未作答时不能确认；无法检查的类别须附证据")
    void problemsNameWhatIsMissing() {
        List<RecordPoint> pts = List.of(point("A", 1, PointResult.NONCOMPLIANT, ""), point("A", 2, null, ""));
        List<UserError> errors = ChecklistAnswers.problems(record(null, ResultCategory.PENDING_FOLLOW_UP), pts, Set.of(), 0);
        assertThat(errors).extracting(UserError::messageKey).containsExactly(
                "inspection.checklist.point.finding_required", "inspection.checklist.point.evidence_required",
                "inspection.checklist.point.unanswered");
        List<RecordPoint> done = List.of(point("A", 1, PointResult.NONCOMPLIANT, "占用耕地"), point("A", 2, PointResult.COMPLIANT, ""));
        assertThat(ChecklistAnswers.problems(record(null, ResultCategory.PENDING_FOLLOW_UP), done, Set.of("A#1"), 1)).isEmpty();
        assertThat(ChecklistAnswers.problems(record(null, ResultCategory.NO_PROBLEM), done, Set.of("A#1"), 1))
                .extracting(UserError::messageKey).containsExactly("inspection.checklist.category.problem_required");
        assertThat(ChecklistAnswers.problems(record(ResultCategory.UNREACHABLE, null), pts, Set.of(), 0))
                .extracting(UserError::messageKey).containsExactly("inspection.checklist.entity_evidence");
        assertThat(ChecklistAnswers.problems(record(ResultCategory.UNREACHABLE, null), pts, Set.of(), 1)).isEmpty();
    }

    @RepeatedTest(200)
    @DisplayName("随机作答：可以确认的记录，其事项结果总是与检查要点一致")
    void confirmableRecordsAgreeWithTheirPoints(RepetitionInfo info) {
        Random random = new Random(19_003L * info.getCurrentRepetition());
        List<RecordPoint> pts = new ArrayList<>();
        int n = 1 + random.nextInt(6);
        for (int i = 1; i <= n; i++) {
            int pick = random.nextInt(4);
            PointResult a = pick == 3 ? null : PointResult.values()[pick];
            pts.add(point("A", i, a, random.nextBoolean() ? "发现问题" : ""));
        }
        ResultCategory typed = random.nextBoolean() ? null : ResultCategory.values()[random.nextInt(ResultCategory.values().length)];
        ResultCategory derived = ChecklistAnswers.derive(pts, typed == null || typed.entityLevel() ? null : typed);
        Set<String> evidenced = random.nextBoolean() ? Set.of() : Set.of("A#1", "A#2", "A#3", "A#4", "A#5", "A#6");
        if (ChecklistAnswers.problems(record(null, derived), pts, evidenced, evidenced.size()).isEmpty()) {
            boolean anyNo = pts.stream().anyMatch(p -> p.answer() == PointResult.NONCOMPLIANT);
            assertThat(pts).allMatch(p -> p.answer() != null);
            assertThat(derived).isNotNull();
            assertThat(derived.problem()).isEqualTo(anyNo);
            assertThat(pts).filteredOn(p -> p.answer() == PointResult.NONCOMPLIANT)
                    .allMatch(p -> !p.finding().isBlank() && evidenced.contains(p.key()));
        }
    }
}
