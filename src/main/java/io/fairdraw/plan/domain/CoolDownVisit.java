package io.fairdraw.plan.domain;

import java.time.LocalDate;
import java.util.List;

/**
 * One visit that left an entity out of a frame (issue 19 item 2: the exclusion count names its
 * visits): which unit's task, under which items, on which day, approved or still planned.
 */
public record CoolDownVisit(String uscc, String unitCode, int year, String taskCode, String taskName,
                            List<String> itemCodes, boolean approved, LocalDate date) {
}
