package io.fairdraw.exchange.domain;

import io.fairdraw.exchange.MessageType;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes one message (issue 20 item 2). MANDATORY: a message exists only inside the transaction of the
 * change it reports, so the two commit together; nothing can report a change that rolled back, and
 * no committed change can miss its message.
 *
 * <p>The envelope is the stable schema every receiver reads: {@code id} (the idempotency key),
 * {@code schema}, {@code type}, {@code occurredAt}, {@code body}. It is serialised once and stored as
 * text: the bytes signed and sent on every attempt are the same.
 */
@Component
class Outbox {

    static final String SCHEMA = "fairdraw.exchange/1";

    private final OutboxRepository repository;
    private final JsonMapper json;
    private final Clock clock;

    Outbox(OutboxRepository repository, JsonMapper json, Clock clock) {
        this.repository = repository;
        this.json = json;
        this.clock = clock;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    UUID write(MessageType type, String subject, Object body) {
        UUID id = UUID.randomUUID();
        Instant at = clock.instant();
        Map<String, Object> envelope = new LinkedHashMap<>();
        envelope.put("id", id.toString());
        envelope.put("schema", SCHEMA);
        envelope.put("type", type.name());
        envelope.put("occurredAt", at.toString());
        envelope.put("body", body);
        repository.insert(id, type, subject, at, json.writeValueAsString(envelope));
        return id;
    }
}
