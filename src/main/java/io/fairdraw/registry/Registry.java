package io.fairdraw.registry;

import io.fairdraw.shared.SupervisionField;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/** Read API of the 名录库 for other modules (plan, draw, credit). */
public interface Registry {

    /** The entity if it exists and the current actor's scope may read its unit; else empty. */
    Optional<EntityView> find(String uscc);

    /**
     * Streams the entities of the given units in code order, without holding them in memory
     * (a draw frame). No scope check: the caller decides which units its task may draw from.
     */
    void forEachInUnits(Collection<String> unitCodes, Consumer<EntityView> consumer);

    /** Active entities per unit and field (the denominator of coverage statistics). Not scoped: callers filter units. */
    record FieldCount(String unitCode, SupervisionField field, long entities) {
    }

    List<FieldCount> activeCountsByUnitAndField();

    /** The field of each of these entities that exists (a read model's key facts). Not scoped. */
    Map<String, SupervisionField> fieldsOf(Collection<String> usccs);
    /**
     * The entity whatever the current actor's scope: for modules acting on an entity they already
     * hold a legitimate reference to (a drawn visit, a credit record). Never shown to a user as such.
     */
    Optional<EntityView> lookup(String uscc);
}
