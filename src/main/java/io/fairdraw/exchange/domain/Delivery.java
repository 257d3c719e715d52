package io.fairdraw.exchange.domain;

import java.time.Instant;
import java.util.UUID;

/** One row of the ADMIN's delivery list: a message and its delivery to one receiver. */
public record Delivery(UUID messageId, long seq, String type, String subject, Instant occurredAt, long receiverId,
                       String receiverName, String status, int attempts, Instant nextAttemptAt, Instant lastAttemptAt,
                       String lastError, Instant deliveredAt) {
}
