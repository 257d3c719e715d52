package io.fairdraw.draw;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * What the draw needs of the inspector directory (执法检查人员名录库), FD-DRAW-1 §1. Implemented by
 * the inspector module; until it is present, announcing answers 409 {@code draw.roster.unavailable}.
 * Ids and unit codes use only {@code [0-9A-Za-z._-]} (the protocol rejects anything else).
 */
public interface RosterSource {

    /** One eligible inspector and the unit (org code) the cross-office rule compares. */
    record RosterEntry(String inspectorId, String unitCode) {
    }

    /** A declared avoidance pair (回避): this inspector never inspects this entity. */
    record ConflictPair(String inspectorId, String uscc) {
    }

    /** Why a unit's inspectors are on a task's roster; labels {@code draw.roster.rule.<NAME>}. */
    enum Rule {
        /** 本单位: the task's plan unit. */
        OWN_UNIT,
        /** 联合抽查伙伴: a confirmed partner of a joint task. */
        JOINT_PARTNER,
        /** 联合抽查人员库（局机关处室）: a department's joint-pool inspector (joint or bureau-level tasks only). */
        JOINT_POOL
    }

    /** One rule and the units whose inspectors it puts on the roster. */
    record Basis(Rule rule, List<String> unitCodes) {
    }

    /**
     * The inspectors eligible on {@code date} (valid certificate, active, not on leave) who belong
     * to one of {@code unitCodes} (the task's lead unit {@code leadUnit} and confirmed joint
     * partners), plus the joint pool (部门联合抽查) when the task is joint or bureau-level
     * (DESIGN.md §2), never for a division's own routine task. No inspector twice. The org code
     * of an inspector with a sub-office (所) is the office's code (所所交叉).
     */
    List<RosterEntry> roster(String leadUnit, Set<String> unitCodes, LocalDate date);

    /** Which rule puts which units' inspectors on the roster of such a task (the draw page says so). */
    List<Basis> basis(String leadUnit, Set<String> unitCodes);

    /** Every declared avoidance pair of these inspectors. */
    List<ConflictPair> conflicts(Collection<String> inspectorIds);
}
