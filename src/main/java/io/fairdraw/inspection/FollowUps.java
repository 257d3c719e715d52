package io.fairdraw.inspection;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

/** 后续处置 as other modules see it: reminders (notification) and open follow-ups per unit (report). */
public interface FollowUps {

    /** A follow-up whose 复查 / 移送 / 抄告 is not recorded yet; {@code unitCode} is the task's unit. */
    record Awaiting(long id, String unitCode, String uscc, String entityName, String itemName, FollowUpKind kind,
                    LocalDate deadline) {
    }

    /** Follow-ups of one unit: not closed (of which past their deadline while still open) and closed. */
    record UnitCount(String unitCode, long open, long overdue, long closed) {
    }

    /** Every follow-up still awaiting its action, soonest deadline first. Not scoped: callers filter. */
    List<Awaiting> awaiting();

    /** Per unit among {@code unitCodes}, units without any follow-up left out. */
    List<UnitCount> perUnit(Collection<String> unitCodes, LocalDate today);
}
