package io.fairdraw.organization.domain;

import io.fairdraw.organization.FairdrawUser;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Loads the account for a password check. No lock-out by account (issue 18 §6: an attacker must
 * not be able to keep a named account locked); failed logins are throttled per IP and per account
 * and IP in system/security's LoginThrottle instead.
 */
@Service
class AccountUserDetailsService implements UserDetailsService, io.fairdraw.organization.AccountStamps {

    private final AccountRepository accounts;
    private final UnitRepository units;

    AccountUserDetailsService(AccountRepository accounts, UnitRepository units) {
        this.accounts = accounts;
        this.units = units;
    }

    @Override
    public java.util.OptionalLong stampWhileEnabled(long accountId) {
        return accounts.stampWhileEnabled(accountId);
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String username) {
        Account a = accounts.findByUsername(username == null ? "" : username.trim())
                .orElseThrow(() -> new UsernameNotFoundException("unknown"));
        Unit unit = units.find(a.unitCode()).orElseThrow();
        String hash = accounts.passwordHash(a.username()).orElseThrow();
        return new FairdrawUser(a.id(), a.username(), a.displayName(), unit.code(), unit.name(), unit.kind(),
                a.roles(), hash, a.enabled(), null, accounts.stamp(a.id()));
    }
}
