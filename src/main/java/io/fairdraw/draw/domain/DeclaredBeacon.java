package io.fairdraw.draw.domain;

import java.time.Instant;

/**
 * One source of a draw's beacon as announced (FD-DRAW-1 §1): the source as it was then, the event
 * (期号, meeting number) and the moment after which its value exists. Declared in order: the beacon
 * is the values in that order joined by {@code " | "}.
 */
public record DeclaredBeacon(int position, String sourceCode, String sourceName, String location, String format,
                             String event, Instant availableAt) {

    public boolean linked() {
        return location.startsWith("https://") || location.startsWith("http://");
    }
}
