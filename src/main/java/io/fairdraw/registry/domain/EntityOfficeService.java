package io.fairdraw.registry.domain;

import io.fairdraw.audit.AuditEvent;
import io.fairdraw.audit.AuditLog;
import io.fairdraw.organization.SubOffices;
import io.fairdraw.shared.Actor;
import io.fairdraw.shared.UserError;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * The supervising sub-office of an entity (所所交叉, issue 17 item 2): set by the LIAISON of the
 * entity's unit, one of that unit's active offices; written to the entity's change history and
 * the audit log in the same transaction. Not part of the import template (DESIGN.md §5).
 */
@Service
public class EntityOfficeService {

    private final RegistryService registry;
    private final EntityRepository entities;
    private final EntityOfficeRepository offices;
    private final SubOffices subOffices;
    private final AuditLog audit;
    private final JsonMapper json;

    EntityOfficeService(RegistryService registry, EntityRepository entities, EntityOfficeRepository offices,
                        SubOffices subOffices, AuditLog audit, JsonMapper json) {
        this.registry = registry;
        this.entities = entities;
        this.offices = offices;
        this.subOffices = subOffices;
        this.audit = audit;
        this.json = json;
    }

    /** The entity's office (404 outside the caller's scope), null when none. */
    @Transactional(readOnly = true)
    public String officeOf(String uscc) {
        return offices.of(registry.get(uscc)).orElse(null);
    }

    /** The offices an entity of this unit may be assigned to. */
    @Transactional(readOnly = true)
    public List<SubOffices.Office> choices(String unitCode) {
        return subOffices.ofUnit(unitCode);
    }

    /** Sets ({@code officeCode} non-blank) or clears the entity's office; returns the office now set or null. */
    @Transactional
    public String set(String uscc, String officeCode) {
        MarketEntity e = registry.get(uscc);
        registry.requireMaintainable(e.unitCode());
        String code = officeCode == null || officeCode.isBlank() ? null : officeCode.strip();
        String before = offices.of(e).orElse(null);
        if (Objects.equals(before, code)) {
            return code;
        }
        if (code != null) {
            Optional<SubOffices.Office> office = subOffices.find(code).filter(o -> o.unitCode().equals(e.unitCode()));
            if (office.isEmpty()) {
                throw new UserError("officeCode", "registry.entity.office.unknown", code, e.unitCode());
            }
            if (!office.get().active()) {
                throw new UserError("officeCode", "registry.entity.office.inactive", code);
            }
        }
        String actor = Actor.current().map(Actor::username).orElse("system");
        if (code == null) {
            offices.clear(e.uscc());
        } else {
            offices.set(e.uscc(), e.unitCode(), code, actor);
        }
        Map<String, Object[]> diff = new LinkedHashMap<>();
        diff.put("office_code", new Object[] {before, code});
        String changes = json.writeValueAsString(diff);
        entities.addChange(e.uscc(), actor, "", changes);
        audit.record(AuditEvent.of("REGISTRY_ENTITY_OFFICE_SET", "registry_entity", e.uscc(), changes));
        return code;
    }
}
