package io.fairdraw.catalog;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One immutable version of a catalog item, as tasks reference it (by {@link #id()}).
 * In force on {@code [effectiveFrom, effectiveTo)}; {@code effectiveTo} is null while open.
 */
public record ItemVersion(long id, long itemId, String code, String unitCode, ItemStatus itemStatus, int versionNo,
                          LocalDate effectiveFrom, LocalDate effectiveTo, String reason, ItemContent content,
                          String createdBy, Instant createdAt) {

    public boolean inForceOn(LocalDate date) {
        return !date.isBefore(effectiveFrom) && (effectiveTo == null || date.isBefore(effectiveTo));
    }
}
