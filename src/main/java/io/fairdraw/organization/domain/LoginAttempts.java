package io.fairdraw.organization.domain;

import io.fairdraw.audit.AuditEvent;
import io.fairdraw.audit.AuditLog;
import java.util.Optional;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every failed and every interactive login is in the audit log (全程留痕). issue 18 §6: the
 * account is no longer locked after wrong passwords (an attacker could keep a named account
 * locked); system/security's LoginThrottle limits attempts per IP and per account and IP. A name
 * that is no account is not written into the permanent log: people type passwords into the user
 * name field.
 */
@Component
class LoginAttempts {

    static final String UNKNOWN = "unknown account";

    private final AccountRepository accounts;
    private final AuditLog audit;

    LoginAttempts(AccountRepository accounts, AuditLog audit) {
        this.accounts = accounts;
        this.audit = audit;
    }

    @EventListener
    @Transactional
    public void onFailure(AbstractAuthenticationFailureEvent event) {
        String username = name(event);
        Optional<Account> found = username.isEmpty() ? Optional.empty() : accounts.findByUsername(username);
        if (found.isEmpty()) {
            audit.record(AuditEvent.of("LOGIN_FAILED", "account", "-", UNKNOWN).by("-", ""));
            return;
        }
        Account a = found.get();
        String why = event instanceof AuthenticationFailureBadCredentialsEvent ? "wrong password"
                : !a.enabled() ? "account disabled" : "refused";
        audit.record(AuditEvent.of("LOGIN_FAILED", "account", a.username(), why).by(a.username(), a.unitCode()));
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
