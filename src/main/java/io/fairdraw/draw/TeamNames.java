package io.fairdraw.draw;

import java.util.Collection;
import java.util.Map;

/**
 * Names of drawn inspectors for staff documents (issue 21 item 6: the printed and exported drawn
 * list). An SPI the inspector module implements, as {@link RosterSource}: the directory depends on
 * the draw module, so the draw cannot call it directly (no module cycles).
 */
public interface TeamNames {

    /** Directory id → name, for the ids the directory knows (the others are left out). */
    Map<String, String> namesOf(Collection<String> inspectorIds);
}
