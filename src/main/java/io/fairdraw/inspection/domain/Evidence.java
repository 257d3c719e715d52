package io.fairdraw.inspection.domain;

import java.time.Instant;

/** An evidence file's description (the bytes stay in the database until downloaded). */
public record Evidence(long id, long recordId, String itemCode, String fileName, String contentType, long sizeBytes,
                       String sha256, boolean hasThumbnail, String uploadedBy, Instant uploadedAt) {

    public boolean image() {
        return contentType.startsWith("image/");
    }
}
