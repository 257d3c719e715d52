package io.fairdraw.draw.domain;

import java.time.Instant;

/**
 * A public source of randomness a draw may declare (FD-DRAW-1 §1 beacon declaration), maintained
 * by ADMIN: {@code location} says where anyone reads a value (a URL, or the meeting and notary),
 * {@code format} is the regular expression every value of the source matches as a whole.
 */
public record BeaconSource(String code, String name, String location, String format, Instant updatedAt,
                           String updatedBy) {

    /** A location that is a web address is shown as a link. */
    public boolean linked() {
        return location.startsWith("https://") || location.startsWith("http://");
    }
}
