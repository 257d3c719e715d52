package io.fairdraw.plan;

import java.time.LocalDate;
import java.util.Set;

/**
 * The entities inspected (approved visits) for any of the given catalog items since a date:
 * the cool-down rule's input (避免重复抽查). Implemented by the inspection module.
 */
public interface CoolDownSource {

    Set<String> inspectedSince(Set<String> itemCodes, LocalDate since);
}
