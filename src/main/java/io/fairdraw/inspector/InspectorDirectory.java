package io.fairdraw.inspector;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The inspector directory for other modules. Not scoped: the draw asks for the units of its
 * task; the dashboard restricts warnings to the units its viewer may read.
 */
public interface InspectorDirectory {

    /**
     * FD-DRAW-1 §1 roster: the inspectors of these units who are eligible on {@code date}
     * ({@link InspectorEligibility}), plus, when {@code includeJointPool}, the eligible joint-pool
     * inspectors of every unit (部门联合抽查). Sorted by inspector id, no duplicates.
     */
    List<RosterEntry> roster(Set<String> unitCodes, boolean includeJointPool, LocalDate date);

    /** The units that have named a joint-pool inspector (三(三): one per department). */
    List<String> jointPoolUnits();

    /** FD-DRAW-1 §1 conflicts: the declared avoidance pairs of these inspectors, sorted by line. */
    List<ConflictPair> conflicts(Collection<InspectorId> inspectors);

    Optional<Inspector> find(InspectorId id);

    /** Dashboard warnings for these units (null: every unit) on {@code date}. */
    StaffingWarnings warnings(Collection<String> unitCodes, LocalDate date);

    /**
     * 请假 backing a substitution request (issue 17 item 6): whether this inspector has a leave
     * ending on or after {@code from} that was recorded before {@code recordedBefore}.
     */
    boolean leaveRecorded(InspectorId id, LocalDate from, Instant recordedBefore);
}
