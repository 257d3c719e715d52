package io.fairdraw.calendar.domain;

import io.fairdraw.calendar.DayKind;
import java.time.LocalDate;

/** One entry of the official schedule: a holiday or a make-up working day. */
public record CalendarDay(LocalDate day, DayKind kind, String name, String updatedBy) {
}
