package io.fairdraw.system.security;

import io.fairdraw.organization.AccountSecurityChanged;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * issue 18 §4: when an account is disabled, given other roles or unit, or a new password, all its
 * database sessions are deleted once the change has committed (Spring Session's index by
 * principal name), on every node at once since the sessions are shared.
 */
@Component
class AccountSessionReaper {

    private static final Logger log = LoggerFactory.getLogger(AccountSessionReaper.class);

    private final FindByIndexNameSessionRepository<? extends Session> sessions;

    AccountSessionReaper(FindByIndexNameSessionRepository<? extends Session> sessions) {
        this.sessions = sessions;
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void on(AccountSecurityChanged e) {
        var ids = sessions.findByPrincipalName(e.username()).keySet();
        ids.forEach(sessions::deleteById);
        if (!ids.isEmpty()) {
            log.info("Ended {} session(s) of account {}: {}", ids.size(), e.username(), e.reason());
        }
    }
}
