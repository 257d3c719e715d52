package io.fairdraw.audit;

import java.time.Instant;

/**
 * A signed statement "the log had {@code size} entries with Merkle root {@code root}" at
 * {@code time}; {@code note} is the C2SP signed note exactly as published.
 */
public record Checkpoint(long size, String root, Instant time, String keyId, String signature, String note) {
}
