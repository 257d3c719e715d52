package io.fairdraw.inspection.domain;

import io.fairdraw.plan.TaskView;
import io.fairdraw.shared.UserError;
import java.time.LocalDate;

/**
 * The days a record's 检查日期 may take (issue 21 item 5: a date in the year 1207 was accepted). A
 * first record is dated within its task's period (抽查时间, both days included) and not after today:
 * the visit happened then. A correction keeps the period's start but not its end: a 复查 comes after
 * the first record, within its follow-up deadline (checked by {@link FollowUp#requireDated}), which may
 * fall after the period. The form's min/max come from {@link #earliest()} and {@link #latest()}.
 */
public record InspectionDates(LocalDate periodStart, LocalDate periodEnd, LocalDate today, boolean correction) {

    public static InspectionDates of(TaskView task, boolean correction, LocalDate today) {
        return new InspectionDates(task == null ? null : task.periodStart(), task == null ? null : task.periodEnd(),
                today, correction);
    }

    static InspectionDates of(TaskView task, InspectionRecord record, LocalDate today) {
        return of(task, record.correctsRecordId() != null, today);
    }

    /** The first allowed day (the period's start), or null when the task is unknown. */
    public LocalDate earliest() {
        return periodStart;
    }

    /** The last allowed day: today, or the period's end when that came first (a first record). */
    public LocalDate latest() {
        return correction || periodEnd == null || periodEnd.isAfter(today) ? today : periodEnd;
    }

    /** Refuses a date outside the allowed days, saying which days are allowed; no date is checked elsewhere (required at confirmation). */
    void check(LocalDate date) {
        if (date == null) {
            return;
        }
        if (date.isAfter(today)) {
            throw new UserError("inspectionDate", "inspection.record.date.after_today", date.toString(), today.toString());
        }
        if (periodStart != null && date.isBefore(periodStart)) {
            throw new UserError("inspectionDate", "inspection.record.date.before_period", date.toString(),
                    periodStart.toString(), periodEnd.toString());
        }
        if (!correction && periodEnd != null && date.isAfter(periodEnd)) {
            throw new UserError("inspectionDate", "inspection.record.date.after_period", date.toString(),
                    periodStart.toString(), periodEnd.toString());
        }
    }
}
