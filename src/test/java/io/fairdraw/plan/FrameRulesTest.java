package io.fairdraw.plan;

import static org.assertj.core.api.Assertions.assertThat;

import io.fairdraw.plan.FrameRules.Candidate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;
import org.junit.jupiter.api.Test;

class FrameRulesTest {

    static Candidate c(String uscc, String unit, String field, String type, String status, String risk, String... flags) {
        return new Candidate(uscc, unit, field, type, status, risk, Set.of(flags));
    }

    static final FrameRules.Scope ANY_D01 = new FrameRules.Scope(Set.of("D01"), Set.of(), Set.of(), Set.of(), Set.of());

    @Test
    @DisplayName("每条规则各自排除并计数；实体只计入第一条排除它的规则")
    void eachRuleCounts() {
        List<Candidate> all = List.of(
                c("01", "D01", "LAND", "T", "ACTIVE", "A"),
                c("02", "D02", "LAND", "T", "ACTIVE", "A"),            // UNIT
                c("03", "D01", "MINERAL", "T", "ACTIVE", "B"),         // FIELD
                c("04", "D01", "LAND", "X", "ACTIVE", null),           // ENTITY_TYPE
                c("05", "D01", "LAND", "T", "CANCELLED", "C"),         // STATUS
                c("06", "D01", "LAND", "T", "ACTIVE", "C"),            // FLAG (needs ABNORMAL)
                c("07", "D01", "LAND", "T", "ACTIVE", "D", "ABNORMAL"), // COOL_DOWN
                c("08", "D02", "MINERAL", "X", "REVOKED", null),       // UNIT first
                c("09", "D01", "LAND", "T", "ACTIVE", null, "ABNORMAL"));
        FrameRules.Scope scope = new FrameRules.Scope(Set.of("D01"), Set.of("LAND"), Set.of("T"), Set.of(),
                Set.of("ABNORMAL"));
        FrameRules.Result r = FrameRules.apply(scope, all, Set.of("07"));
        assertThat(r.entries()).extracting(FrameRules.Entry::uscc).containsExactly("09");
        assertThat(r.excluded()).containsEntry(ExclusionRule.UNIT, 2).containsEntry(ExclusionRule.FIELD, 1)
                .containsEntry(ExclusionRule.ENTITY_TYPE, 1).containsEntry(ExclusionRule.STATUS, 1)
                .containsEntry(ExclusionRule.FLAG, 2).containsEntry(ExclusionRule.COOL_DOWN, 1);
        assertThat(r.considered()).isEqualTo(9);
        assertThat(r.excludedTotal() + r.entries().size()).isEqualTo(9);
    }

    @Test
    @DisplayName("事项决定范围：事项的监管领域缩小名单并单独计数，与任务自身的领域条件同时适用；冷却期剔除的主体逐一列出")
    void itemFieldsNarrowAndCoolDownIsListed() {
        List<Candidate> all = List.of(
                c("01", "D01", "MINERAL", "T", "ACTIVE", "A"),
                c("02", "D01", "LAND", "T", "ACTIVE", "A"),          // ITEM_FIELD
                c("03", "D01", "FOREST_GRASS", "T", "ACTIVE", "B"),  // ITEM_FIELD
                c("04", "D01", "MINERAL", "T", "ACTIVE", "B"),       // COOL_DOWN
                c("05", "D01", "MINERAL", "T", "ACTIVE", "C"));      // COOL_DOWN
        FrameRules.Scope follows = new FrameRules.Scope(Set.of("D01"), Set.of(), Set.of(), Set.of(), Set.of(),
                Set.of("MINERAL"));
        FrameRules.Result r = FrameRules.apply(follows, all, Set.of("05", "04", "02"));
        assertThat(r.entries()).extracting(FrameRules.Entry::uscc).containsExactly("01");
        assertThat(r.excluded()).containsEntry(ExclusionRule.ITEM_FIELD, 2).containsEntry(ExclusionRule.COOL_DOWN, 2);
        // "02" cools down too, but the item's field left it out first: only the first rule names it
        assertThat(r.cooledDown()).containsExactly("04", "05");
        // widened: no narrowing (an empty set), the cool-down still applies
        FrameRules.Result wide = FrameRules.apply(ANY_D01, all, Set.of("05", "04", "02"));
        assertThat(wide.entries()).extracting(FrameRules.Entry::uscc).containsExactly("01", "03");
        assertThat(wide.cooledDown()).containsExactly("02", "04", "05");
        // with the task's own field filter both apply: a land filter and a mineral item leave nobody
        FrameRules.Scope both = new FrameRules.Scope(Set.of("D01"), Set.of("LAND"), Set.of(), Set.of(), Set.of(),
                Set.of("MINERAL"));
        FrameRules.Result none = FrameRules.apply(both, all, Set.of());
        assertThat(none.entries()).isEmpty();
        assertThat(none.excluded()).containsEntry(ExclusionRule.FIELD, 4).containsEntry(ExclusionRule.ITEM_FIELD, 1);
    }

    @Test
    @DisplayName("分层为信用风险分类，未分类为 X；严重违法失信归入 D；默认只抽存续主体")
    void strata() {
        FrameRules.Result r = FrameRules.apply(ANY_D01, List.of(
                c("1", "D01", "LAND", "T", "ACTIVE", "B"),
                c("2", "D01", "LAND", "T", "ACTIVE", null),
                c("3", "D01", "LAND", "T", "ACTIVE", "A", FrameRules.SERIOUS_FLAG),
                c("4", "D01", "LAND", "T", "REVOKED", "C")), Set.of());
        assertThat(r.entries()).containsExactly(new FrameRules.Entry("1", "B", "D01"),
                new FrameRules.Entry("2", "X", "D01"), new FrameRules.Entry("3", "D", "D01"));
        assertThat(r.sizeByStratum()).containsEntry("B", 1).containsEntry("X", 1).containsEntry("D", 1);
        assertThat(r.excluded()).containsEntry(ExclusionRule.STATUS, 1);
    }

    @RepeatedTest(20)
    @DisplayName("结果与名录顺序无关，且按代码排序")
    void independentOfOrder(RepetitionInfo info) {
        Random rnd = new Random(info.getCurrentRepetition());
        List<Candidate> all = new ArrayList<>();
        String[] fields = {"LAND", "MINERAL", "SURVEYING"};
        String[] risks = {"A", "B", "C", "D", null};
        for (int i = 0; i < 300; i++) {
            all.add(c(String.format("U%05d", rnd.nextInt(100000)) + i, "D0" + (1 + rnd.nextInt(3)),
                    fields[rnd.nextInt(3)], "T", rnd.nextInt(10) == 0 ? "CANCELLED" : "ACTIVE", risks[rnd.nextInt(5)]));
        }
        FrameRules.Scope scope = new FrameRules.Scope(Set.of("D01", "D02"), Set.of("LAND", "MINERAL"), Set.of(),
                Set.of(), Set.of());
        Set<String> cooling = Set.of(all.get(0).uscc(), all.get(1).uscc());
        FrameRules.Result a = FrameRules.apply(scope, all, cooling);
        Collections.shuffle(all, rnd);
        FrameRules.Result b = FrameRules.apply(scope, all, cooling);
        assertThat(b.entries()).isEqualTo(a.entries());
        assertThat(b.excluded()).isEqualTo(a.excluded());
        assertThat(b.entries()).isSortedAccordingTo(java.util.Comparator.comparing(FrameRules.Entry::uscc));
    }
}
