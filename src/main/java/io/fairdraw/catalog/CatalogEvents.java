package io.fairdraw.catalog;

/**
 * Events of the catalog module, published inside the transaction of the change (issue 20 item 2: the
 * exchange module writes its outbox message in the same transaction).
 */
public final class CatalogEvents {

    private CatalogEvents() {
    }

    /** A new version of an item was published to the list (公开随机抽查事项): the first one, or a revision. */
    public record VersionPublished(ItemVersion version) {
    }
}
