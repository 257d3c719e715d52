package io.fairdraw.exchange.domain;

import io.fairdraw.audit.AuditEvent;
import io.fairdraw.audit.AuditLog;
import io.fairdraw.shared.UserError;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** ADMIN sees the delivery status of every message and can retry one (issue 20 item 2). */
@Service
public class Deliveries {

    public static final Set<String> STATUSES = Set.of("PENDING", "DELIVERED", "FAILED");

    public record Page(List<Delivery> rows, long total, int page, int size) {
        public int pages() {
            return (int) Math.max(1, (total + size - 1) / size);
        }
    }

    private final DeliveryQueries queries;
    private final DeliveryRepository repository;
    private final AuditLog audit;
    private final Clock clock;

    Deliveries(DeliveryQueries queries, DeliveryRepository repository, AuditLog audit, Clock clock) {
        this.queries = queries;
        this.repository = repository;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public Page search(String q, String status, int page, int size) {
        String query = q == null || q.isBlank() ? null : q.strip();
        String s = status != null && STATUSES.contains(status) ? status : null;
        int p = Math.max(0, page);
        return new Page(queries.search(query, s, p * size, size), queries.count(query, s), p, size);
    }

    /** Due at once with a fresh count of attempts, whatever its status; audited. */
    @Transactional
    public void retry(UUID messageId, long receiverId) {
        if (repository.retry(messageId, receiverId, clock.instant()) == 0) {
            throw new UserError("messageId", "exchange.delivery.unknown", messageId);
        }
        audit.record(AuditEvent.of("EXCHANGE_DELIVERY_RETRIED", "exchange_delivery", messageId + "/" + receiverId,
                "retry requested"));
    }
}
