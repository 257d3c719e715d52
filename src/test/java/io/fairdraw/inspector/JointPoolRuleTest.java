package io.fairdraw.inspector;

import static org.assertj.core.api.Assertions.assertThat;

import io.fairdraw.organization.UnitKind;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** 联合抽查人员库只进入联合抽查和局机关（局、处室）任务的名单（DESIGN.md §2）。 */
class JointPoolRuleTest {

    @Test
    @DisplayName("师市局本单位常规任务：不并入联合抽查人员")
    void divisionRoutineTask() {
        assertThat(JointPoolRule.joins(UnitKind.DIVISION, "D01", Set.of("D01"))).isFalse();
        assertThat(JointPoolRule.joins(null, "D01", Set.of("D01"))).isFalse();
    }

    @Test
    @DisplayName("联合抽查任务（有确认的伙伴单位）：并入")
    void jointTask() {
        assertThat(JointPoolRule.joins(UnitKind.DIVISION, "D01", Set.of("D01", "D02"))).isTrue();
    }

    @Test
    @DisplayName("局机关和处室的任务：并入")
    void bureauLevelTask() {
        assertThat(JointPoolRule.joins(UnitKind.DEPARTMENT, "BT-GH", Set.of("BT-GH"))).isTrue();
        assertThat(JointPoolRule.joins(UnitKind.BUREAU, "BT", Set.of("BT"))).isTrue();
        assertThat(JointPoolRule.joins(UnitKind.DATA_CENTER, "BT-DC", Set.of("BT-DC"))).isFalse();
    }
}
