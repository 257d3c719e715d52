package io.fairdraw.inspector;

import io.fairdraw.organization.UnitKind;
import java.util.Set;

/**
 * Who draws on the joint pool (兵自然资发〔2020〕47号 三(三): 各业务处室分别抽选一名执法检查人员列入名录库，
 * 以便参与兵团部门联合抽查). DESIGN.md §2: the pool joins the rosters of joint tasks (a task with
 * confirmed partners) and of bureau-level tasks (the plan unit is the bureau or one of its
 * departments), never a division's own routine task. Pure: the draw and the draw page ask this.
 */
public final class JointPoolRule {

    private JointPoolRule() {
    }

    /**
     * @param leadKind    kind of the task's plan unit (null when unknown: treated as not bureau-level)
     * @param leadUnit    the plan unit
     * @param rosterUnits the plan unit and the confirmed partners
     */
    public static boolean joins(UnitKind leadKind, String leadUnit, Set<String> rosterUnits) {
        boolean bureauLevel = leadKind == UnitKind.BUREAU || leadKind == UnitKind.DEPARTMENT;
        boolean joint = rosterUnits.stream().anyMatch(u -> !u.equals(leadUnit));
        return bureauLevel || joint;
    }
}
