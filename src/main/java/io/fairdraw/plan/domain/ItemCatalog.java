package io.fairdraw.plan.domain;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** What plans need of the catalog (adapter over the catalog module's API). */
public interface ItemCatalog {

    /** A catalog item version as a task refers to it. */
    record ItemRef(long versionId, String code, String name, String unitCode, String field, boolean hasLegalBasis,
                   boolean retired, int defaultRatioPercent, String legalBasis) {
    }

    Optional<ItemRef> version(long versionId);

    /** {@link #version} of each id at once, by id (issue 23 item 4: a plan page's tasks, one query). */
    Map<Long, ItemRef> versions(Collection<Long> versionIds);

    /** Current (not retired) versions of the items of these units. */
    List<ItemRef> current(Set<String> unitCodes);
}
