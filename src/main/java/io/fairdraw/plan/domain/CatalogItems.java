package io.fairdraw.plan.domain;

import io.fairdraw.catalog.Catalog;
import io.fairdraw.catalog.ItemStatus;
import io.fairdraw.catalog.ItemVersion;
import java.time.Clock;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;

/** {@link ItemCatalog} over the catalog module: tasks keep pointing at the version they chose. */
@Component
class CatalogItems implements ItemCatalog {

    private final Catalog catalog;
    private final Clock clock;

    CatalogItems(Catalog catalog, Clock clock) {
        this.catalog = catalog;
        this.clock = clock;
    }

    @Override
    public Optional<ItemRef> version(long versionId) {
        return catalog.version(versionId).map(CatalogItems::ref);
    }

    @Override
    public Map<Long, ItemRef> versions(Collection<Long> versionIds) {
        Map<Long, ItemRef> out = new HashMap<>();
        catalog.versions(versionIds).forEach((id, v) -> out.put(id, ref(v)));
        return out;
    }

    @Override
    public List<ItemRef> current(Set<String> unitCodes) {
        return catalog.inForce(io.fairdraw.shared.BusinessClock.today(clock), unitCodes).stream()
                .map(CatalogItems::ref).toList();
    }

    private static ItemRef ref(ItemVersion v) {
        // A catalog version always carries a legal basis (ItemContent refuses one without).
        return new ItemRef(v.id(), v.code(), v.content().name(), v.unitCode(), v.content().field().name(),
                !v.content().legalBasis().isEmpty(), v.itemStatus() == ItemStatus.RETIRED,
                v.content().ratioPercent().intValue(), String.join("; ", v.content().legalBasis()));
    }
}
