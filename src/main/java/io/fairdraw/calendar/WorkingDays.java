package io.fairdraw.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;

/**
 * Working-day arithmetic over the maintained calendar; every deadline of the system uses it
 * (e.g. 国发〔2019〕5号: results public within 20 working days).
 */
public interface WorkingDays {

    boolean isWorkingDay(LocalDate date);

    /** Day 1 is the first working day after {@code from}. */
    LocalDate deadline(LocalDate from, int workdays);

    /** Working days in {@code (fromExclusive, toInclusive]}; e.g. the days left before a 公示 deadline. */
    int between(LocalDate fromExclusive, LocalDate toInclusive);

    /** Whether the official schedule of that year has been entered (deadlines in other years assume no holidays). */
    boolean covers(int year);

    /** The Monday of {@code day}'s week (GB/T 7408, as ISO 8601): where 本周 begins, e.g. on the hall's screen. */
    static LocalDate weekStart(LocalDate day) {
        return day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }
}
