package io.fairdraw.plan.domain;

import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import org.springframework.stereotype.Component;

/**
 * 事项决定范围 (issue 19 item 8): a task's items name the 监管领域 they apply to (catalog field), so
 * its frame holds only entities of those fields — a 矿产 item does not send inspectors to a 林草
 * nursery — unless the planner widens the scope explicitly. Works with the task's own field and
 * entity-type filters (both apply). Form, preview, API and the draw's frozen frame all ask here.
 */
@Component
class ScopeFollowsItems {

    private final ItemCatalog catalog;

    ScopeFollowsItems(ItemCatalog catalog) {
        this.catalog = catalog;
    }

    /** The fields of the task's items (sorted). */
    Set<String> itemFields(Task t) {
        return itemFields(t, catalog::version);
    }

    /** The same, with the item versions already read (issue 23 item 4: a page's tasks read them at once). */
    Set<String> itemFields(Task t, Function<Long, Optional<ItemCatalog.ItemRef>> versions) {
        Set<String> out = new TreeSet<>();
        for (Long v : t.itemVersionIds()) {
            versions.apply(v).ifPresent(i -> out.add(i.field()));
        }
        return out;
    }

    /** The fields the frame is narrowed to: the items' fields, or none (no narrowing) when widened. */
    Set<String> narrowing(Task t) {
        return narrowing(t, catalog::version);
    }

    Set<String> narrowing(Task t, Function<Long, Optional<ItemCatalog.ItemRef>> versions) {
        return t.frame().widened() ? Set.of() : itemFields(t, versions);
    }
}
