package io.fairdraw.draw;

import java.time.Instant;
import java.time.LocalDate;

/**
 * What a substitution request's reason must be backed by (issue 17 item 6), asked of the inspector
 * directory. An SPI the inspector module implements, as for {@link RosterSource}: the directory
 * already depends on the draw module, so the draw cannot call it directly (no module cycles).
 */
public interface SubstitutionGrounds {

    /** 请假: a leave of this inspector ending on or after {@code from}, recorded before {@code recordedBefore}. */
    boolean leaveRecorded(String inspectorId, LocalDate from, Instant recordedBefore);

    /** 回避: a declared avoidance pair of this inspector and this entity. */
    boolean conflictDeclared(String inspectorId, String uscc);
}
