package io.fairdraw.plan.domain;

import java.util.Set;
import java.util.TreeSet;
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
        Set<String> out = new TreeSet<>();
        for (Long v : t.itemVersionIds()) {
            catalog.version(v).ifPresent(i -> out.add(i.field()));
        }
        return out;
    }

    /** The fields the frame is narrowed to: the items' fields, or none (no narrowing) when widened. */
    Set<String> narrowing(Task t) {
        return t.frame().widened() ? Set.of() : itemFields(t);
    }
}
