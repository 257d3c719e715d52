package io.fairdraw.organization.domain;

import io.fairdraw.audit.AuditEvent;
import io.fairdraw.audit.AuditLog;
import io.fairdraw.organization.FairdrawUser;
import io.fairdraw.organization.OutOfScopeException;
import io.fairdraw.organization.Role;
import io.fairdraw.organization.Scopes;
import io.fairdraw.organization.SubOffices;
import io.fairdraw.organization.UnitKind;
import io.fairdraw.shared.UserError;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sub-offices of a division (所所交叉 needs offices within a unit): the division's LIAISON
 * (三(三) 联络员 maintains its directories) or ADMIN registers, renames and deactivates them.
 * Offices are never deleted: drawn rosters and frames keep their codes.
 */
@Service
public class OfficeService implements SubOffices {

    /** FD-DRAW-1 §1: org codes use only [0-9A-Za-z._-]; the unit's code and a hyphen come first. */
    private static final Pattern SUFFIX = Pattern.compile("[0-9A-Za-z._-]{1,16}");

    private final OfficeRepository offices;
    private final UnitRepository units;
    private final Scopes scopes;
    private final AuditLog audit;

    OfficeService(OfficeRepository offices, UnitRepository units, Scopes scopes, AuditLog audit) {
        this.offices = offices;
        this.units = units;
        this.scopes = scopes;
        this.audit = audit;
    }

    @Override
    @Transactional(readOnly = true)
    public List<Office> ofUnit(String unitCode) {
        return offices.ofUnit(unitCode);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Office> find(String code) {
        return code == null ? Optional.empty() : offices.find(code);
    }

    /** The offices of a unit the user may read (404 otherwise). */
    @Transactional(readOnly = true)
    public List<Office> visible(String unitCode, FairdrawUser user) {
        if (!user.has(Role.ADMIN)) {
            scopes.of(user).requireRead(unitCode);
        }
        units.find(unitCode).orElseThrow(() -> new OutOfScopeException(unitCode, false));
        return offices.ofUnit(unitCode);
    }

    /** ADMIN, or the unit's own LIAISON, of a division. */
    public boolean maintains(String unitCode, FairdrawUser user) {
        boolean division = units.find(unitCode).filter(u -> u.kind() == UnitKind.DIVISION).isPresent();
        return division && (user.has(Role.ADMIN) || user.has(Role.LIAISON) && scopes.of(user).canWrite(unitCode));
    }

    /** Registers {@code <unit>-<suffix>} with this name; returns its code. */
    @Transactional
    public String create(String unitCode, String suffix, String name, FairdrawUser by) {
        requireMaintainer(unitCode, by);
        String s = suffix == null ? "" : suffix.strip();
        if (!SUFFIX.matcher(s).matches()) {
            throw new UserError("suffix", "office.code.invalid", s);
        }
        String code = unitCode + "-" + s;
        String n = name(name);
        if (offices.find(code).isPresent() || units.find(code).isPresent()) {
            throw new UserError("suffix", "office.code.taken", code);
        }
        if (offices.nameTaken(unitCode, n, code)) {
            throw new UserError("name", "office.name.taken", n);
        }
        offices.insert(new Office(code, unitCode, n, true));
        audit.record(AuditEvent.of("OFFICE_CREATED", "org_office", code, unitCode + ": " + n));
        return code;
    }

    /** Renames and (de)activates an office; its code never changes. */
    @Transactional
    public void update(String code, String name, boolean active, FairdrawUser by) {
        Office before = offices.find(code).orElseThrow(() -> new OutOfScopeException("org_office:" + code, false));
        requireMaintainer(before.unitCode(), by);
        String n = name(name);
        if (offices.nameTaken(before.unitCode(), n, code)) {
            throw new UserError("name", "office.name.taken", n);
        }
        Office after = new Office(code, before.unitCode(), n, active);
        if (after.equals(before)) {
            return;
        }
        offices.update(after);
        audit.record(AuditEvent.of("OFFICE_UPDATED", "org_office", code,
                "name: " + before.name() + " -> " + n + "; active: " + before.active() + " -> " + active));
    }

    private void requireMaintainer(String unitCode, FairdrawUser by) {
        if (!by.has(Role.ADMIN)) {
            scopes.of(by).requireWrite(unitCode);
        }
        if (units.find(unitCode).isEmpty()) {
            throw new OutOfScopeException(unitCode, false);
        }
        if (!maintains(unitCode, by)) {
            throw new OutOfScopeException(unitCode, true);
        }
    }

    private static String name(String name) {
        String n = name == null ? "" : name.strip();
        if (n.isEmpty() || n.length() > 100) {
            throw new UserError("name", "office.name.required");
        }
        return n;
    }
}
