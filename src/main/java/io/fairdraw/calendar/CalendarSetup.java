package io.fairdraw.calendar;

/** Start-up seeding of the official holiday schedules (not demo data: seeded in every mode). */
public interface CalendarSetup {

    void seedIfEmpty();
}
