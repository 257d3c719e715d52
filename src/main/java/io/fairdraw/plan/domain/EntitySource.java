package io.fairdraw.plan.domain;

import io.fairdraw.plan.FrameRules.Candidate;
import java.util.Set;
import java.util.function.Consumer;

/** What frames need of the market-entity directory (adapter over the registry module's API). */
public interface EntitySource {

    /** Streams the entities supervised by these units. */
    void forEach(Set<String> unitCodes, Consumer<Candidate> consumer);
}
