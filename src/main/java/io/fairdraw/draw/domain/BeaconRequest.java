package io.fairdraw.draw.domain;

import java.time.Instant;

/** What an announcement declares for one beacon source: its code, the event and the moment (checked by the service). */
public record BeaconRequest(String source, String event, Instant availableAt) {
}
