package io.fairdraw.registry;

import java.util.Optional;

/**
 * The 法定代表人 the 名录库 holds for an entity (issue 20 item 4: an objection's filer names the entity's
 * USCC and legal representative, checked against the registry). Not scoped: the caller compares, it never
 * shows the value.
 */
public interface LegalRepresentatives {

    /** Empty when the entity is unknown; an empty string when the registry holds no legal representative. */
    Optional<String> of(String uscc);
}
