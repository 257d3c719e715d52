package io.fairdraw.organization.domain;

import io.fairdraw.audit.AuditEvent;
import io.fairdraw.audit.AuditLog;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.authentication.event.AuthenticationFailureLockedEvent;
import org.springframework.security.authentication.event.AuthenticationFailureDisabledEvent;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Counts wrong passwords and locks the account after five in a row for fifteen minutes; every
 * failure, lock-out and interactive login is in the audit log (全程留痕).
 */
@Component
class LoginAttempts {

    private final AccountRepository accounts;
    private final AuditLog audit;
    private final Clock clock;

    LoginAttempts(AccountRepository accounts, AuditLog audit, Clock clock) {
        this.accounts = accounts;
        this.audit = audit;
        this.clock = clock;
    }

    @EventListener
    @Transactional
    public void onBadCredentials(AuthenticationFailureBadCredentialsEvent event) {
        String username = name(event);
        Instant now = Instant.now(clock);
        Optional<Account> found = accounts.findByUsernameForUpdate(username);
        if (found.isEmpty()) {
            audit.record(AuditEvent.of("LOGIN_FAILED", "account", username, "unknown user").by(username, ""));
            return;
        }
        Account before = found.get();
        Account after = before.afterFailedLogin(now);
        accounts.saveLoginState(after);
        audit.record(AuditEvent.of("LOGIN_FAILED", "account", username, "wrong password")
                .by(username, before.unitCode()));
        if (!before.lockedAt(now) && after.lockedAt(now)) {
            audit.record(AuditEvent.of("ACCOUNT_LOCKED", "account", username, "locked until " + after.lockedUntil())
                    .by(username, before.unitCode()));
        }
    }

    @EventListener({AuthenticationFailureLockedEvent.class, AuthenticationFailureDisabledEvent.class})
    @Transactional
    public void onRefused(AbstractAuthenticationFailureEvent event) {
        String username = name(event);
        String why = event instanceof AuthenticationFailureLockedEvent ? "account locked" : "account disabled";
        String unit = accounts.findByUsername(username).map(Account::unitCode).orElse("");
        audit.record(AuditEvent.of("LOGIN_FAILED", "account", username, why).by(username, unit));
    }

    /** Any successful authentication (form or HTTP Basic) ends a run of failures. */
    @EventListener
    @Transactional
    public void onSuccess(AuthenticationSuccessEvent event) {
        accounts.findByUsername(event.getAuthentication().getName())
                .filter(a -> a.failedAttempts() != 0 || a.lockedUntil() != null)
                .ifPresent(a -> accounts.saveLoginState(a.afterSuccessfulLogin()));
    }

    @EventListener
    @Transactional
    public void onInteractiveLogin(InteractiveAuthenticationSuccessEvent event) {
        String username = event.getAuthentication().getName();
        accounts.findByUsername(username).ifPresent(a -> {
            audit.record(AuditEvent.of("LOGIN", "account", username, "").by(username, a.unitCode()));
        });
    }

    private static String name(AbstractAuthenticationFailureEvent event) {
        Object p = event.getAuthentication().getPrincipal();
        String s = p == null ? "" : p.toString().trim();
        return s.length() > 100 ? s.substring(0, 100) : s;
    }
}
