package io.fairdraw.organization.domain;

import io.fairdraw.audit.AuditEvent;
import io.fairdraw.audit.AuditLog;
import io.fairdraw.organization.AccountSecurityChanged;
import io.fairdraw.organization.FairdrawUser;
import io.fairdraw.organization.Role;
import io.fairdraw.shared.UserError;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Accounts: ADMIN creates, edits, resets and disables them; everyone changes their own password. */
@Service
public class AccountService {

    public record NewAccountForm(
            @NotBlank(message = "{account.username.required}")
            @Pattern(regexp = "[a-z0-9._-]{3,40}", message = "{account.username.invalid}") String username,
            @NotBlank(message = "{account.display_name.required}")
            @Size(max = 50, message = "{account.display_name.too_long}") String displayName,
            @NotBlank(message = "{account.unit.required}") String unitCode,
            Set<Role> roles,
            String password) {
    }

    public record AccountForm(
            @NotBlank(message = "{account.display_name.required}")
            @Size(max = 50, message = "{account.display_name.too_long}") String displayName,
            @NotBlank(message = "{account.unit.required}") String unitCode,
            Set<Role> roles) {
    }

    public record Page(List<Account> rows, long total, int page, int size) {
        public int pages() {
            return (int) Math.max(1, (total + size - 1) / size);
        }
    }

    private final AccountRepository accounts;
    private final UnitRepository units;
    private final PasswordEncoder encoder;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;

    AccountService(AccountRepository accounts, UnitRepository units, PasswordEncoder encoder, AuditLog audit,
                   ApplicationEventPublisher events) {
        this.accounts = accounts;
        this.units = units;
        this.encoder = encoder;
        this.audit = audit;
        this.events = events;
    }

    /**
     * issue 18 §4: the account's rights or credentials changed. The stamp every signed-in request
     * compares is raised in this transaction; the listener ends the account's database sessions.
     */
    private void securityChanged(Account a, String reason) {
        accounts.raiseStamp(a.id());
        events.publishEvent(new AccountSecurityChanged(a.id(), a.username(), reason));
    }

    @Transactional(readOnly = true)
    public Page search(String q, String unitCode, int page, int size) {
        int p = Math.max(0, page);
        return new Page(accounts.search(q, unitCode, null, p * size, size), accounts.count(q, unitCode, null), p, size);
    }

    @Transactional(readOnly = true)
    public Account get(long id) {
        return accounts.findById(id).orElseThrow(() -> new UserError(null, "account.not_found", id));
    }

    @Transactional
    public long create(NewAccountForm f) {
        String username = f.username().trim();
        if (accounts.usernameTaken(username)) {
            throw new UserError("username", "account.username.taken", username);
        }
        requireUnit(f.unitCode());
        PasswordPolicy.check("password", username, f.password());
        long id = accounts.insert(username, f.displayName().trim(), f.unitCode(), encoder.encode(f.password()));
        accounts.markDemoPassword(id, false);
        Set<Role> roles = roles(f.roles());
        accounts.replaceRoles(id, roles);
        audit.record(AuditEvent.of("ACCOUNT_CREATED", "account", username,
                "unit=" + f.unitCode() + "; roles=" + roles));
        return id;
    }

    @Transactional
    public void update(long id, AccountForm f) {
        Account before = get(id);
        requireUnit(f.unitCode());
        Set<Role> roles = roles(f.roles());
        accounts.update(id, f.displayName().trim(), f.unitCode());
        accounts.replaceRoles(id, roles);
        StringBuilder sb = new StringBuilder();
        UnitService.field(sb, "name", before.displayName(), f.displayName().trim());
        UnitService.field(sb, "unit", before.unitCode(), f.unitCode());
        UnitService.field(sb, "roles", before.roles(), roles);
        audit.record(AuditEvent.of("ACCOUNT_UPDATED", "account", before.username(),
                sb.isEmpty() ? "no change" : sb.toString()));
        if (!before.unitCode().equals(f.unitCode()) || !before.roles().equals(roles)) {
            securityChanged(before, "roles or unit");
        }
    }

    @Transactional
    public void resetPassword(long id, String newPassword) {
        Account a = get(id);
        PasswordPolicy.check("password", a.username(), newPassword);
        accounts.setPassword(id, encoder.encode(newPassword));
        audit.record(AuditEvent.of("ACCOUNT_PASSWORD_RESET", "account", a.username(), "by administrator"));
        securityChanged(a, "password reset");
    }

    @Transactional
    public void setEnabled(long id, boolean enabled, FairdrawUser actor) {
        Account a = get(id);
        if (!enabled && a.id() == actor.accountId()) {
            throw new UserError(null, "account.disable.self");
        }
        accounts.setEnabled(id, enabled);
        audit.record(AuditEvent.of(enabled ? "ACCOUNT_ENABLED" : "ACCOUNT_DISABLED", "account", a.username(),
                "enabled: " + a.enabled() + " -> " + enabled));
        securityChanged(a, enabled ? "enabled" : "disabled");
    }

    @Transactional
    public void changeOwnPassword(FairdrawUser user, String current, String newPassword) {
        String hash = accounts.passwordHash(user.username()).orElseThrow();
        if (!encoder.matches(current == null ? "" : current, hash)) {
            throw new UserError("currentPassword", "password.current_wrong");
        }
        PasswordPolicy.check("newPassword", user.username(), newPassword);
        accounts.setPassword(user.accountId(), encoder.encode(newPassword));
        audit.record(AuditEvent.of("PASSWORD_CHANGED", "account", user.username(), "own password"));
        // Every session of the account ends, this one too: the user signs in again with the new password.
        securityChanged(get(user.accountId()), "own password changed");
    }

    /** Creates an account without an actor (demo data, production bootstrap); no-op when it exists. */
    @Transactional
    public void seed(String username, String displayName, String unitCode, Set<Role> roles, String password) {
        if (accounts.usernameTaken(username)) {
            return;
        }
        long id = accounts.insert(username, displayName, unitCode, encoder.encode(password));
        accounts.replaceRoles(id, roles);
        // issue 18 §8: known without a bcrypt at the next prod start.
        accounts.markDemoPassword(id, io.fairdraw.organization.OrganizationSetup.DEMO_PASSWORD.equals(password));
        audit.record(AuditEvent.of("ACCOUNT_CREATED", "account", username, "unit=" + unitCode + "; roles=" + roles)
                .by("system", unitCode));
    }

    public long count() {
        return accounts.countAll();
    }

    private void requireUnit(String code) {
        if (!units.exists(code)) {
            throw new UserError("unitCode", "account.unit.unknown", code);
        }
    }

    private static Set<Role> roles(Set<Role> roles) {
        if (roles == null || roles.isEmpty()) {
            throw new UserError("roles", "account.roles.required");
        }
        return EnumSet.copyOf(roles);
    }
}
