package io.fairdraw.organization.domain;

import io.fairdraw.organization.FairdrawUser;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class AccountUserDetailsService implements UserDetailsService {

    private final AccountRepository accounts;
    private final UnitRepository units;

    AccountUserDetailsService(AccountRepository accounts, UnitRepository units) {
        this.accounts = accounts;
        this.units = units;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String username) {
        Account a = accounts.findByUsername(username == null ? "" : username.trim())
                .orElseThrow(() -> new UsernameNotFoundException("unknown"));
        Unit unit = units.find(a.unitCode()).orElseThrow();
        String hash = accounts.passwordHash(a.username()).orElseThrow();
        return new FairdrawUser(a.id(), a.username(), a.displayName(), unit.code(), unit.name(), unit.kind(),
                a.roles(), hash, a.enabled(), a.lockedUntil());
    }
}
