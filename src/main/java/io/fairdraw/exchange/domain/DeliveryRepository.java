package io.fairdraw.exchange.domain;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The delivery rows: claimed by the sender, then marked with the outcome of the attempt. */
@Repository
class DeliveryRepository {

    /** One claimed attempt: everything the sender needs, read in the claiming statement. */
    record Claim(UUID messageId, long receiverId, int attempts, String type, String payload, String url, String secret,
                 int timeoutMs) {
    }

    private final JdbcClient jdbc;

    DeliveryRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Claims up to {@code limit} due deliveries of enabled receivers: SKIP LOCKED, so two nodes (or a
     * run overlapping a slow one) never take the same row; the claim counts the attempt and leases the
     * row until {@code leaseUntil} plus the receiver's timeout, so a node killed mid-send leaves it due
     * again afterwards instead of losing it (the receiver dedups the resend by its Idempotency-Key).
     */
    List<Claim> claim(Instant now, int limit, long leaseMs) {
        return jdbc.sql("""
                WITH due AS (
                    SELECT d.message_id, d.receiver_id FROM exchange_delivery d
                    JOIN exchange_receiver r ON r.id = d.receiver_id
                    WHERE d.status = 'PENDING' AND d.next_attempt_at <= ? AND r.enabled
                    ORDER BY d.next_attempt_at, d.message_id LIMIT ?
                    FOR UPDATE OF d SKIP LOCKED)
                UPDATE exchange_delivery d SET attempts = d.attempts + 1, last_attempt_at = ?,
                    next_attempt_at = ?::timestamptz + (r.timeout_ms + ?::bigint) * interval '1 millisecond'
                FROM due, exchange_receiver r, exchange_message m
                WHERE d.message_id = due.message_id AND d.receiver_id = due.receiver_id
                  AND r.id = d.receiver_id AND m.id = d.message_id
                RETURNING d.message_id, d.receiver_id, d.attempts, m.type, m.payload, r.url, r.secret, r.timeout_ms""")
                .params(Timestamp.from(now), limit, Timestamp.from(now), Timestamp.from(now), leaseMs)
                .query((rs, n) -> new Claim(rs.getObject(1, UUID.class), rs.getLong(2), rs.getInt(3), rs.getString(4),
                        rs.getString(5), rs.getString(6), rs.getString(7), rs.getInt(8)))
                .list();
    }

    void delivered(Claim c, Instant at) {
        jdbc.sql("UPDATE exchange_delivery SET status = 'DELIVERED', delivered_at = ?, next_attempt_at = NULL, "
                        + "last_error = NULL WHERE message_id = ? AND receiver_id = ? AND status = 'PENDING'")
                .params(Timestamp.from(at), c.messageId(), c.receiverId()).update();
    }

    /** Only while the row is still this claim's (same attempt count): a later claim's outcome wins. */
    void failed(Claim c, String error, Instant nextAttempt) {
        jdbc.sql("UPDATE exchange_delivery SET status = CASE WHEN ?::timestamptz IS NULL THEN 'FAILED' ELSE 'PENDING' END, "
                        + "next_attempt_at = ?, last_error = ? "
                        + "WHERE message_id = ? AND receiver_id = ? AND status = 'PENDING' AND attempts = ?")
                .params(ts(nextAttempt), ts(nextAttempt), error, c.messageId(), c.receiverId(), c.attempts()).update();
    }

    /** ADMIN's retry: due now, with a fresh count of attempts. */
    int retry(UUID messageId, long receiverId, Instant now) {
        return jdbc.sql("UPDATE exchange_delivery SET status = 'PENDING', attempts = 0, next_attempt_at = ?, "
                        + "delivered_at = NULL WHERE message_id = ? AND receiver_id = ?")
                .params(Timestamp.from(now), messageId, receiverId).update();
    }

    private static Timestamp ts(Instant at) {
        return at == null ? null : Timestamp.from(at);
    }
}
