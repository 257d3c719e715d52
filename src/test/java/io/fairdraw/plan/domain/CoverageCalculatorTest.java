package io.fairdraw.plan.domain;

import static org.assertj.core.api.Assertions.assertThat;

import io.fairdraw.organization.Role;
import io.fairdraw.plan.PlanKind;
import io.fairdraw.plan.PlanStatus;
import io.fairdraw.shared.UserError;
import java.math.BigDecimal;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;
import org.junit.jupiter.api.Test;

/** 抽查事项的比例和频次按年度计算：各任务合计抽取数 ÷ 名录（各任务名录的并集），覆盖该事项的任务数。 */
class CoverageCalculatorTest {

    static final CoverageCalculator.Floor TD = new CoverageCalculator.Floor("TD", "土地", new BigDecimal("5"), 2);

    static Set<String> entities(int from, int to) {
        return IntStream.range(from, to).mapToObj(i -> "E" + i).collect(Collectors.toSet());
    }

    @Test
    @DisplayName("两个任务共用一份名录：比例相加；频次为覆盖该事项的任务数")
    void sharesAddUpOverOneFrame() {
        List<CoverageCalculator.ItemCoverage> c = CoverageCalculator.coverage(List.of(TD), List.of(
                new CoverageCalculator.TaskFact("T01", Set.of("TD"), 3, entities(0, 100)),
                new CoverageCalculator.TaskFact("T02", Set.of("TD"), 2, entities(0, 100)),
                new CoverageCalculator.TaskFact("T03", Set.of("OTHER"), 50, entities(0, 100))));
        assertThat(c).singleElement().satisfies(r -> {
            assertThat(r.plannedPercent()).isEqualByComparingTo("5");
            assertThat(r.plannedFrequency()).isEqualTo(2);
            assertThat(r.belowFloor()).isFalse();
        });
    }

    @Test
    @DisplayName("名录不重叠时按并集计算，不高估比例；少一个任务即频次不足")
    void disjointFramesAreNotOverCounted() {
        CoverageCalculator.ItemCoverage r = CoverageCalculator.coverage(List.of(TD), List.of(
                new CoverageCalculator.TaskFact("T01", Set.of("TD"), 5, entities(0, 100)),
                new CoverageCalculator.TaskFact("T02", Set.of("TD"), 4, entities(100, 200)))).get(0);
        assertThat(r.plannedPercent()).isEqualByComparingTo("4.5");
        assertThat(r.shareShort()).isTrue();
        CoverageCalculator.ItemCoverage once = CoverageCalculator.coverage(List.of(TD), List.of(
                new CoverageCalculator.TaskFact("T01", Set.of("TD"), 50, entities(0, 100)))).get(0);
        assertThat(once.shareShort()).isFalse();
        assertThat(once.frequencyShort()).isTrue();
        CoverageCalculator.ItemCoverage none = CoverageCalculator.coverage(List.of(TD), List.of()).get(0);
        assertThat(none.plannedPercent()).isNull();
        assertThat(none.plannedFrequency()).isZero();
        assertThat(none.belowFloor()).isTrue();
    }

    @RepeatedTest(50)
    @DisplayName("随机名录与抽取数：比例不足当且仅当 抽取数 × 100 < 要求比例 × 名录数")
    void shortExactlyWhenBelow(RepetitionInfo info) {
        Random random = new Random(19_000L + info.getCurrentRepetition());
        int frame = 1 + random.nextInt(500);
        int sample = random.nextInt(frame + 1);
        BigDecimal ratio = BigDecimal.valueOf(1 + random.nextInt(10000), 2);
        CoverageCalculator.ItemCoverage r = CoverageCalculator.coverage(
                List.of(new CoverageCalculator.Floor("X", "x", ratio, 1)),
                List.of(new CoverageCalculator.TaskFact("T01", Set.of("X"), sample, entities(0, frame)))).get(0);
        assertThat(r.shareShort()).isEqualTo(sample * 100.0 < ratio.doubleValue() * frame - 1e-9);
        assertThat(r.plannedPercent()).isLessThanOrEqualTo(BigDecimal.valueOf(sample * 100.0 / frame + 1e-9));
    }

    @Test
    @DisplayName("年度计划低于下限：无原因不能审核通过，有原因则记录；专项计划不受年度下限约束")
    void approvalNeedsReasonBelowFloor() {
        AnnualPlan p = AnnualPlanTest.draft();
        p.submit(AnnualPlanTest.user("D01", Role.PLANNER), AnnualPlanTest.NOW, 1);
        var reviewer = AnnualPlanTest.user("D01", Role.REVIEWER);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> p.approve(reviewer, AnnualPlanTest.NOW,
                        List.of("TD 土地"), "  "))
                .isInstanceOfSatisfying(UserError.class, e -> {
                    assertThat(e.field()).isEqualTo("coverageReason");
                    assertThat(e.messageKey()).isEqualTo("plan.approve.coverage_reason_required");
                    assertThat(e.args()).containsExactly("TD 土地");
                });
        assertThat(p.status()).isEqualTo(PlanStatus.SUBMITTED);
        p.approve(reviewer, AnnualPlanTest.NOW, List.of("TD 土地"), " 林草普查年，比例下调 ");
        assertThat(p.coverageReason()).contains("林草普查年，比例下调");

        AnnualPlan met = AnnualPlanTest.draft();
        met.submit(AnnualPlanTest.user("D01", Role.PLANNER), AnnualPlanTest.NOW, 1);
        met.approve(reviewer, AnnualPlanTest.NOW, List.of(), "ignored");
        assertThat(met.coverageReason()).isEmpty();

        AnnualPlan special = new AnnualPlan(8, "D01", 2026, "专项", PlanStatus.SUBMITTED, null, "planner", null, null,
                null, null, null, PlanKind.SPECIAL, null);
        special.approve(reviewer, AnnualPlanTest.NOW, List.of("TD 土地"), null);
        assertThat(special.status()).isEqualTo(PlanStatus.APPROVED);
    }
}
