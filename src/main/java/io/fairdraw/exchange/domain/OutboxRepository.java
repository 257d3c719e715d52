package io.fairdraw.exchange.domain;

import io.fairdraw.exchange.MessageType;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Writes messages and their deliveries; reads the result stash. */
@Repository
class OutboxRepository {

    private final JdbcClient jdbc;

    OutboxRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The message, and one PENDING delivery per enabled receiver of its type, due at once; returns how many. */
    int insert(UUID id, MessageType type, String subject, Instant at, String payload) {
        jdbc.sql("INSERT INTO exchange_message (id, type, subject, occurred_at, payload) VALUES (?,?,?,?,?)")
                .params(id, type.name(), subject, Timestamp.from(at), payload).update();
        return jdbc.sql("INSERT INTO exchange_delivery (message_id, receiver_id, next_attempt_at) "
                        + "SELECT ?, id, ? FROM exchange_receiver WHERE enabled AND ? = ANY(types)")
                .params(id, Timestamp.from(at), type.name()).update();
    }

    void stash(long recordId, Long correctsRecordId, String body) {
        jdbc.sql("INSERT INTO exchange_result_stash (record_id, corrects_record_id, body) VALUES (?,?,?) "
                        + "ON CONFLICT (record_id) DO NOTHING")
                .params(recordId, correctsRecordId, body).update();
    }

    record Stashed(Long correctsRecordId, String body) {
    }

    Optional<Stashed> stashed(long recordId) {
        return jdbc.sql("SELECT corrects_record_id, body FROM exchange_result_stash WHERE record_id = ?")
                .param(recordId)
                .query((rs, n) -> new Stashed((Long) rs.getObject(1), rs.getString(2))).optional();
    }
}
