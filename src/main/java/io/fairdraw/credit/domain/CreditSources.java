package io.fairdraw.credit.domain;

import io.fairdraw.audit.AuditEvent;
import io.fairdraw.audit.AuditLog;
import io.fairdraw.shared.UserError;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The sources of external credit changes (外部信用) an ADMIN configures: a code the source sends in
 * its requests, a name shown with every class it gives, and the shared secret of its signature.
 * The secret is never shown again; saving a source with an empty secret keeps the old one.
 */
@Service
public class CreditSources {

    static final int MIN_SECRET = 32;
    static final int MAX_SECRET = 200;

    private final ExternalCreditRepository repo;
    private final ExternalCredit external;
    private final AuditLog audit;

    CreditSources(ExternalCreditRepository repo, ExternalCredit external, AuditLog audit) {
        this.repo = repo;
        this.external = external;
        this.audit = audit;
    }

    @Transactional(readOnly = true)
    public List<CreditSource> list() {
        return repo.sources();
    }

    /** The most recent external changes, newest first (the ADMIN page). */
    @Transactional(readOnly = true)
    public List<ExternalChange> recent() {
        return external.recent(50);
    }

    @Transactional
    public void save(String code, String name, String secret, String by) {
        String c = code == null ? "" : code.strip();
        if (!c.matches("[A-Za-z0-9_-]{2,40}")) {
            throw new UserError("code", "credit.source.code.invalid", c);
        }
        String n = name == null ? "" : name.strip();
        if (n.isEmpty() || n.length() > 100) {
            throw new UserError("name", "credit.source.name.invalid", 100);
        }
        boolean exists = repo.source(c).isPresent();
        String s = secret == null || secret.isBlank() ? null : secret.strip();
        if (s == null && !exists) {
            throw new UserError("secret", "credit.source.secret.required", MIN_SECRET);
        }
        if (s != null && (s.length() < MIN_SECRET || s.length() > MAX_SECRET)) {
            throw new UserError("secret", "credit.source.secret.length", MIN_SECRET, MAX_SECRET);
        }
        repo.saveSource(c, n, s, by);
        // The secret itself is never written to the log, only that it changed.
        audit.record(AuditEvent.of("CREDIT_SOURCE_SAVED", "credit_source", c,
                n + (exists ? (s == null ? " (secret kept)" : " (secret replaced)") : " (created)")));
    }
}
