package io.fairdraw.organization;

import io.fairdraw.shared.Actor;
import java.time.Instant;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** The signed-in person: account, unit and roles. Stored in the (database) session. */
public final class FairdrawUser implements UserDetails, Actor, CredentialsContainer {

    private static final long serialVersionUID = 1L;

    private final long accountId;
    private final String username;
    private final String displayName;
    private final String unitCode;
    private final String unitName;
    private final UnitKind unitKind;
    private final EnumSet<Role> roles;
    /** Erased once the password is checked: the session row in the database never holds the bcrypt hash. */
    private String passwordHash;
    private final boolean enabled;
    private final Instant lockedUntil;
    /** The account's security stamp when this principal was loaded (issue 18 §4: compared on each request). */
    private final long securityStamp;

    /** The person signed in for the current request, if any (the security context's principal). */
    public static Optional<FairdrawUser> current() {
        return Actor.current().filter(FairdrawUser.class::isInstance).map(FairdrawUser.class::cast);
    }

    public FairdrawUser(long accountId, String username, String displayName, String unitCode, String unitName,
                        UnitKind unitKind, Set<Role> roles, String passwordHash, boolean enabled,
                        Instant lockedUntil) {
        this(accountId, username, displayName, unitCode, unitName, unitKind, roles, passwordHash, enabled, lockedUntil, 0);
    }

    public FairdrawUser(long accountId, String username, String displayName, String unitCode, String unitName,
                        UnitKind unitKind, Set<Role> roles, String passwordHash, boolean enabled,
                        Instant lockedUntil, long securityStamp) {
        this.securityStamp = securityStamp;
        this.accountId = accountId;
        this.username = username;
        this.displayName = displayName;
        this.unitCode = unitCode;
        this.unitName = unitName;
        this.unitKind = unitKind;
        this.roles = roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
        this.passwordHash = passwordHash;
        this.enabled = enabled;
        this.lockedUntil = lockedUntil;
    }

    public long accountId() {
        return accountId;
    }

    @Override
    public String username() {
        return username;
    }

    public String displayName() {
        return displayName;
    }

    @Override
    public String unitCode() {
        return unitCode;
    }

    public String unitName() {
        return unitName;
    }

    public UnitKind unitKind() {
        return unitKind;
    }

    public Set<Role> roles() {
        return EnumSet.copyOf(roles.isEmpty() ? EnumSet.noneOf(Role.class) : roles);
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    public long securityStamp() {
        return securityStamp;
    }

    public Instant lockedUntil() {
        return lockedUntil;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return roles.stream().map(r -> new SimpleGrantedAuthority(r.authority())).toList();
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }

    @Override
    public String getUsername() {
        return username;
    }

    @Override
    public boolean isAccountNonLocked() {
        return lockedUntil == null || lockedUntil.isBefore(Instant.now());
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof FairdrawUser u && u.username.equals(username);
    }

    @Override
    public int hashCode() {
        return username.hashCode();
    }

    @Override
    public String toString() {
        return username + "@" + unitCode + List.copyOf(roles);
    }
}
