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

    /**
     * The inspectors eligible on {@code date} (valid certificate, active, not on leave) who belong
     * to one of {@code unitCodes} (the task's lead unit and confirmed joint partners) or to the
     * joint pool (部门联合抽查). No inspector twice.
     */
    List<RosterEntry> roster(Set<String> unitCodes, LocalDate date);

    /** Every declared avoidance pair of these inspectors. */
    List<ConflictPair> conflicts(Collection<String> inspectorIds);
}
