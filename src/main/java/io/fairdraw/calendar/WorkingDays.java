package io.fairdraw.calendar;

import java.time.LocalDate;

/**
 * Working-day arithmetic over the maintained calendar; every deadline of the system uses it
 * (e.g. 国发〔2019〕5号: results public within 20 working days).
 */
public interface WorkingDays {

    boolean isWorkingDay(LocalDate date);

    /** Day 1 is the first working day after {@code from}. */
    LocalDate deadline(LocalDate from, int workdays);

    /** Whether the official schedule of that year has been entered (deadlines in other years assume no holidays). */
    boolean covers(int year);
}
