package io.fairdraw.exchange.domain;

import io.fairdraw.audit.AuditEvent;
import io.fairdraw.audit.AuditLog;
import io.fairdraw.exchange.MessageType;
import io.fairdraw.shared.UserError;
import java.net.URI;
import java.time.Clock;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The receivers ADMIN configures (issue 20 item 2). A receiver gets the messages written while it is
 * enabled and subscribed to their type; every change is audited (the secret never is).
 */
@Service
public class Receivers {

    /** What ADMIN typed; {@code secret} blank on an edit keeps the stored one. */
    public record Form(Long id, String name, String url, String secret, boolean enabled, Collection<String> types,
                       Integer timeoutMs) implements java.io.Serializable {
    }

    private final ReceiverRepository repository;
    private final AuditLog audit;
    private final Clock clock;

    Receivers(ReceiverRepository repository, AuditLog audit, Clock clock) {
        this.repository = repository;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<Receiver> all() {
        return repository.all();
    }

    @Transactional(readOnly = true)
    public Optional<Receiver> find(long id) {
        return repository.find(id);
    }

    @Transactional
    public long save(Form f) {
        String name = f.name() == null ? "" : f.name().strip();
        if (name.isEmpty() || name.length() > 100) {
            throw new UserError("name", "exchange.receiver.name.invalid");
        }
        if (repository.nameTaken(name, f.id())) {
            throw new UserError("name", "exchange.receiver.name.taken", name);
        }
        String url = f.url() == null ? "" : f.url().strip();
        if (!validUrl(url)) {
            throw new UserError("url", "exchange.receiver.url.invalid", url);
        }
        List<String> types = f.types() == null ? List.of() : f.types().stream().filter(t -> Arrays.stream(
                MessageType.values()).anyMatch(m -> m.name().equals(t))).distinct().sorted().toList();
        if (types.isEmpty()) {
            throw new UserError("types", "exchange.receiver.types.required");
        }
        int timeout = f.timeoutMs() == null ? 10000 : f.timeoutMs();
        if (timeout < 100 || timeout > 120000) {
            throw new UserError("timeoutMs", "exchange.receiver.timeout.invalid");
        }
        String secret = f.secret() == null ? "" : f.secret().strip();
        Receiver existing = f.id() == null ? null : repository.find(f.id())
                .orElseThrow(() -> new UserError("id", "exchange.receiver.unknown", f.id()));
        if (secret.isEmpty() && existing != null) {
            secret = existing.secret();
        }
        // HMAC-SHA256 wants a key of at least its output size (RFC 2104 §3): 32 bytes.
        if (secret.length() < 32 || secret.length() > 200) {
            throw new UserError("secret", "exchange.receiver.secret.invalid");
        }
        long id;
        if (existing == null) {
            id = repository.insert(name, url, secret, f.enabled(), types, timeout, clock.instant());
        } else {
            id = existing.id();
            repository.update(id, name, url, secret, f.enabled(), types, timeout, clock.instant());
        }
        audit.record(AuditEvent.of(existing == null ? "EXCHANGE_RECEIVER_CREATED" : "EXCHANGE_RECEIVER_UPDATED",
                "exchange_receiver", String.valueOf(id), name + " " + url + (f.enabled() ? " enabled" : " disabled")
                        + " types " + String.join(",", types) + " timeout " + timeout + " ms"
                        + (existing != null && !existing.secret().equals(secret) ? " secret changed" : "")));
        return id;
    }

    private static boolean validUrl(String url) {
        if (url.length() > 500) {
            return false;
        }
        try {
            URI u = URI.create(url);
            return ("http".equals(u.getScheme()) || "https".equals(u.getScheme())) && u.getHost() != null;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
