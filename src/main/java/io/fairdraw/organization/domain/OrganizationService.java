package io.fairdraw.organization.domain;

import io.fairdraw.organization.FairdrawUser;
import io.fairdraw.organization.Organization;
import io.fairdraw.organization.Role;
import io.fairdraw.organization.Scope;
import io.fairdraw.organization.Scopes;
import io.fairdraw.organization.UnitKind;
import io.fairdraw.shared.Actor;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Read model of the organisation and the scoping rule. */
@Service
class OrganizationService implements Organization, Scopes {

    private final UnitRepository units;
    private final AccountRepository accounts;

    OrganizationService(UnitRepository units, AccountRepository accounts) {
        this.units = units;
        this.accounts = accounts;
    }

    @Override
    @Transactional(readOnly = true)
    public List<UnitView> units() {
        return units.findAll().stream().map(OrganizationService::view).toList();
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<UnitView> unit(String code) {
        return units.find(code).map(OrganizationService::view);
    }

    @Override
    public long activeAccounts() {
        return accounts.countEnabled();
    }

    @Override
    public List<UnitView> unitsWithoutLiaison() {
        return units.withoutLiaison().stream().map(OrganizationService::view).toList();
    }

    @Override
    public Scope current() {
        var user = FairdrawUser.current();
        if (user.isPresent()) {
            return of(user.get());
        }
        // Not signed in (public pages, jobs): nothing is readable through the scope.
        return new Scope(Actor.current().map(Actor::unitCode).orElse(null), false, Set.of());
    }

    @Override
    @Transactional(readOnly = true)
    public Scope of(FairdrawUser user) {
        if (user.has(Role.AUDITOR)) {
            return new Scope(user.unitCode(), true, Set.of());
        }
        Set<String> readable = new HashSet<>();
        readable.add(user.unitCode());
        if (user.unitKind() != null && user.unitKind().isBureauOffice()) {
            // 兵团局机关 offices read every unit under the bureau (their own root included).
            List<Unit> all = units.findAll();
            String root = bureauOf(user.unitCode(), all);
            readable.addAll(descendants(root, all));
        }
        return new Scope(user.unitCode(), false, Set.copyOf(readable));
    }

    private static String bureauOf(String code, List<Unit> all) {
        Map<String, Unit> byCode = all.stream().collect(Collectors.toMap(Unit::code, u -> u));
        Unit u = byCode.get(code);
        while (u != null && u.kind() != UnitKind.BUREAU && u.parentCode() != null) {
            u = byCode.get(u.parentCode());
        }
        return u == null ? code : u.code();
    }

    private static Set<String> descendants(String root, List<Unit> all) {
        Map<String, List<Unit>> children = all.stream().filter(u -> u.parentCode() != null)
                .collect(Collectors.groupingBy(Unit::parentCode));
        Set<String> out = new HashSet<>();
        Deque<String> todo = new ArrayDeque<>(List.of(root));
        while (!todo.isEmpty()) {
            String c = todo.pop();
            if (out.add(c)) {
                children.getOrDefault(c, List.of()).forEach(k -> todo.push(k.code()));
            }
        }
        return out;
    }

    private static UnitView view(Unit u) {
        return new UnitView(u.code(), u.name(), u.parentCode(), u.kind(), u.active());
    }
}
