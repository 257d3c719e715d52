package io.fairdraw.organization.domain;

import io.fairdraw.audit.AuditEvent;
import io.fairdraw.audit.AuditLog;
import io.fairdraw.organization.Scopes;
import io.fairdraw.organization.UnitKind;
import io.fairdraw.shared.UserError;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Units: ADMIN creates and edits them; a unit's own LIAISON keeps its contact details. */
@Service
public class UnitService {

    public record UnitForm(
            @NotBlank(message = "{unit.code.required}") @Pattern(regexp = "[0-9A-Za-z._-]{1,32}",
                    message = "{unit.code.invalid}") String code,
            @NotBlank(message = "{unit.name.required}") @Size(max = 100, message = "{unit.name.too_long}") String name,
            String parentCode,
            @NotNull(message = "{unit.kind.required}") UnitKind kind,
            @Size(max = 40, message = "{unit.phone.too_long}") String contactPhone,
            @Size(max = 200, message = "{unit.address.too_long}") String address,
            boolean active) {
    }

    public record ContactForm(
            @Size(max = 40, message = "{unit.phone.too_long}") String contactPhone,
            @Size(max = 200, message = "{unit.address.too_long}") String address) {
    }

    private final UnitRepository units;
    private final AuditLog audit;
    private final Scopes scopes;

    UnitService(UnitRepository units, AuditLog audit, Scopes scopes) {
        this.units = units;
        this.audit = audit;
        this.scopes = scopes;
    }

    @Transactional(readOnly = true)
    public List<Unit> all() {
        return units.findAll();
    }

    /** Each unit's liaisons by unit code (兵自然资发〔2020〕47号 三(三): 确定一名联络员). */
    @Transactional(readOnly = true)
    public java.util.Map<String, List<String>> liaisons() {
        return units.liaisons();
    }

    /** A unit the current actor may read; empty when it does not exist or is out of scope. */
    @Transactional(readOnly = true)
    public Optional<Unit> visible(String code) {
        return units.find(code).filter(u -> scopes.current().canRead(u.code()));
    }

    @Transactional
    public Unit create(UnitForm f) {
        if (units.exists(f.code())) {
            throw new UserError("code", "unit.code.taken", f.code());
        }
        Unit u = toUnit(f);
        checkParent(u);
        units.insert(u);
        audit.record(AuditEvent.of("UNIT_CREATED", "unit", u.code(), u.name() + " (" + u.kind() + ")"));
        return u;
    }

    @Transactional
    public Unit update(String code, UnitForm f) {
        Unit before = units.find(code).orElseThrow(() -> new UserError(null, "unit.not_found", code));
        Unit after = new Unit(code, f.name().trim(), blankToNull(f.parentCode()), f.kind(), nz(f.contactPhone()),
                nz(f.address()), f.active());
        checkParent(after);
        units.update(after);
        audit.record(AuditEvent.of("UNIT_UPDATED", "unit", code, diff(before, after)));
        return after;
    }

    /** A unit's liaison (or ADMIN) updates its contact details; only within the actor's own unit. */
    @Transactional
    public void updateContact(String code, ContactForm f) {
        scopes.current().requireWrite(code);
        // 三(三): each unit's 联络员 keeps its entries; other roles of the unit only read.
        boolean maySet = io.fairdraw.shared.Actor.current()
                .filter(a -> a instanceof io.fairdraw.organization.FairdrawUser u
                        && (u.has(io.fairdraw.organization.Role.LIAISON) || u.has(io.fairdraw.organization.Role.ADMIN)))
                .isPresent();
        if (!maySet) {
            throw new io.fairdraw.organization.OutOfScopeException(code, true);
        }
        Unit before = units.find(code).orElseThrow(() -> new UserError(null, "unit.not_found", code));
        Unit after = new Unit(code, before.name(), before.parentCode(), before.kind(), nz(f.contactPhone()),
                nz(f.address()), before.active());
        units.update(after);
        audit.record(AuditEvent.of("UNIT_CONTACT_UPDATED", "unit", code, diff(before, after)));
    }

    /** Seeds a unit without an actor (demo data, production bootstrap). */
    @Transactional
    public void seed(Unit u) {
        if (!units.exists(u.code())) {
            units.insert(u);
            audit.record(AuditEvent.of("UNIT_CREATED", "unit", u.code(), u.name()).by("system", u.code()));
        }
    }

    private void checkParent(Unit u) {
        if (u.parentCode() == null) {
            return;
        }
        // Issue 20 item 1: a 协作部门 stands outside the bureau's tree, and no unit sits under one.
        if (u.kind() != null && u.kind().isOutside()) {
            throw new UserError("parentCode", "unit.parent.outside");
        }
        if (units.find(u.parentCode()).filter(p -> p.kind().isOutside()).isPresent()) {
            throw new UserError("parentCode", "unit.parent.partner", u.parentCode());
        }
        if (u.parentCode().equals(u.code())) {
            throw new UserError("parentCode", "unit.parent.self");
        }
        if (!units.exists(u.parentCode())) {
            throw new UserError("parentCode", "unit.parent.unknown", u.parentCode());
        }
        // Walk up from the parent: meeting the unit itself would make a cycle.
        String p = u.parentCode();
        for (int depth = 0; p != null && depth < 100; depth++) {
            if (p.equals(u.code())) {
                throw new UserError("parentCode", "unit.parent.cycle");
            }
            p = units.find(p).map(Unit::parentCode).orElse(null);
        }
    }

    private static Unit toUnit(UnitForm f) {
        return new Unit(f.code().trim(), f.name().trim(), blankToNull(f.parentCode()), f.kind(), nz(f.contactPhone()),
                nz(f.address()), f.active());
    }

    private static String diff(Unit a, Unit b) {
        StringBuilder sb = new StringBuilder();
        field(sb, "name", a.name(), b.name());
        field(sb, "parent", a.parentCode(), b.parentCode());
        field(sb, "kind", a.kind(), b.kind());
        field(sb, "phone", a.contactPhone(), b.contactPhone());
        field(sb, "address", a.address(), b.address());
        field(sb, "active", a.active(), b.active());
        return sb.isEmpty() ? "no change" : sb.toString();
    }

    static void field(StringBuilder sb, String name, Object before, Object after) {
        if (!java.util.Objects.equals(before, after)) {
            if (!sb.isEmpty()) {
                sb.append("; ");
            }
            sb.append(name).append(": ").append(before).append(" -> ").append(after);
        }
    }

    private static String nz(String s) {
        return s == null ? "" : s.trim();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
