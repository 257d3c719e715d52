package io.fairdraw.plan;

import java.time.LocalDate;

/** The period a task's visits take place in (抽查时间), both days included. */
public record TaskPeriod(LocalDate start, LocalDate end) {
}
