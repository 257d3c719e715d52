package io.fairdraw.registry.domain;

import java.time.Instant;

/** A stored import (table {@code registry_import}). */
public record ImportRecord(long id, String fileName, String unitCode, String createdBy, Instant createdAt,
                           Instant finishedAt, String status, int total, int inserted, int updated, int unchanged,
                           int rejected, String message) {

    public int accepted() {
        return inserted + updated + unchanged;
    }
}
