package io.fairdraw.catalog;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * The catalog for other modules (the plan module picks items for its tasks). Not scoped: the
 * caller applies its own {@code Scope} to the units it asks for.
 */
public interface Catalog {

    /** Any version, current or past, of an active or retired item (tasks keep their version). */
    Optional<ItemVersion> version(long versionId);

    /** {@link #version} of each of these ids at once, by id (the ones not found are absent). */
    java.util.Map<Long, ItemVersion> versions(Collection<Long> versionIds);

    /**
     * The versions in force on {@code date} of the active items of these units (null: all units).
     * Every one carries a legal basis. Ordered by item code.
     */
    List<ItemVersion> inForce(LocalDate date, Collection<String> unitCodes);

    /**
     * The version, if a new task may use it on {@code date}: its item is not retired and the
     * version is in force that day; otherwise a {@link io.fairdraw.shared.UserError} saying why.
     */
    ItemVersion requireUsable(long versionId, LocalDate date);
}
