package io.fairdraw.plan;

import java.time.LocalDate;
import java.util.List;

/**
 * The visits the cool-down rule counts (避免重复抽查、多头执法, issue 19 item 2): every approved visit
 * since a date and every planned visit drawn since then, of any unit and under any item — one visit
 * per entity across units, not per item code. Implemented by the inspection module.
 */
public interface CoolDownSource {

    /**
     * One visit of an entity. {@code date}: the day it was approved, or, still planned, the day its
     * draw created it.
     */
    record PriorVisit(String uscc, String drawId, long taskId, List<String> itemCodes, boolean approved,
                      LocalDate date) {
    }

    List<PriorVisit> visitsSince(LocalDate since);
}
