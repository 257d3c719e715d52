package io.fairdraw.exchange.domain;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The ADMIN's search over deliveries: by message id, type, subject or receiver, and status; newest first. */
@Repository
class DeliveryQueries {

    private static final String FROM = " FROM exchange_delivery d JOIN exchange_message m ON m.id = d.message_id "
            + "JOIN exchange_receiver r ON r.id = d.receiver_id WHERE (?::text IS NULL OR d.status = ?) "
            + "AND (?::text IS NULL OR m.id::text = ? OR m.type = ? OR m.subject = ? OR r.name = ?) ";

    private final JdbcClient jdbc;

    DeliveryQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Delivery> search(String q, String status, int offset, int limit) {
        return jdbc.sql("SELECT m.id, m.seq, m.type, m.subject, m.occurred_at, r.id, r.name, d.status, d.attempts, "
                        + "d.next_attempt_at, d.last_attempt_at, d.last_error, d.delivered_at" + FROM
                        + "ORDER BY m.seq DESC, r.name LIMIT ? OFFSET ?")
                .params(status, status, q, q, q, q, q, limit, offset)
                .query((rs, n) -> new Delivery(rs.getObject(1, UUID.class), rs.getLong(2), rs.getString(3),
                        rs.getString(4), instant(rs.getTimestamp(5)), rs.getLong(6), rs.getString(7), rs.getString(8),
                        rs.getInt(9), instant(rs.getTimestamp(10)), instant(rs.getTimestamp(11)), rs.getString(12),
                        instant(rs.getTimestamp(13))))
                .list();
    }

    long count(String q, String status) {
        return jdbc.sql("SELECT count(*)" + FROM).params(status, status, q, q, q, q, q).query(Long.class).single();
    }

    private static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }
}
