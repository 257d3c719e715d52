package io.fairdraw.registry.domain;

import io.fairdraw.audit.AuditEvent;
import io.fairdraw.audit.AuditLog;
import io.fairdraw.organization.FairdrawUser;
import io.fairdraw.organization.Organization;
import io.fairdraw.organization.OutOfScopeException;
import io.fairdraw.organization.Role;
import io.fairdraw.organization.Scope;
import io.fairdraw.organization.Scopes;
import io.fairdraw.registry.EntityView;
import io.fairdraw.registry.Registry;
import io.fairdraw.shared.Actor;
import io.fairdraw.shared.InvalidCreditCodeException;
import io.fairdraw.shared.UnifiedSocialCreditCode;
import io.fairdraw.shared.UserError;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * The 名录库: lists within the reader's scope; a unit's LIAISON creates, edits and deregisters its
 * own unit's entities (兵自然资发〔2020〕47号: 各单位联络员负责名录库的动态更新). Every change writes a
 * history row and an audit entry in its own transaction.
 */
@Service
public class RegistryService implements Registry, io.fairdraw.registry.RiskClassification {

    public record Page(List<MarketEntity> rows, long total, int page, int size) {
        public int pages() {
            return (int) Math.max(1, (total + size - 1) / size);
        }
    }

    /** One history entry; {@code changes} maps a column to [old, new] as stored (enum names, booleans). */
    public record HistoryEntry(Instant at, String actor, String source, Long importId, String reason,
                               Map<String, List<Object>> changes) {
    }

    private final EntityRepository entities;
    private final Organization organization;
    private final Scopes scopes;
    private final AuditLog audit;
    private final JsonMapper json;
    private final EntityOfficeRepository offices;

    RegistryService(EntityRepository entities, Organization organization, Scopes scopes, AuditLog audit, JsonMapper json,
                    EntityOfficeRepository offices) {
        this.offices = offices;
        this.entities = entities;
        this.organization = organization;
        this.scopes = scopes;
        this.audit = audit;
        this.json = json;
    }

    @Transactional(readOnly = true)
    public Page search(EntityFilter filter, int page, int size) {
        int p = Math.max(0, page);
        String[] readable = scopes.current().readableArrayOrNull();
        return new Page(entities.find(filter, readable, p * size, size), entities.count(filter, readable), p, size);
    }

    @Transactional(readOnly = true)
    public void forEach(EntityFilter filter, Consumer<MarketEntity> consumer) {
        entities.forEach(filter, scopes.current().readableArrayOrNull(), consumer);
    }

    /** The entity, or 404 when it does not exist or is outside the reader's scope. */
    @Transactional(readOnly = true)
    public MarketEntity get(String uscc) {
        return visible(uscc).orElseThrow(() -> new OutOfScopeException(uscc, false));
    }

    @Transactional(readOnly = true)
    public List<HistoryEntry> history(String uscc) {
        get(uscc);
        return entities.changes(uscc).stream().map(c -> new HistoryEntry(c.at(), c.actor(), c.source(), c.importId(),
                c.reason(), parse(c.changes()))).toList();
    }

    /** True when the current actor is the LIAISON of this unit. */
    public boolean canMaintain(String unitCode) {
        return isLiaison() && scopes.current().canWrite(unitCode);
    }

    @Transactional
    public MarketEntity create(EntityForm form) {
        String code = code(form.uscc());
        requireMaintain(form.unitCode());
        requireUnit(form.unitCode());
        Optional<MarketEntity> existing = entities.find(code);
        if (existing.isPresent()) {
            throw existing.get().unitCode().equals(form.unitCode())
                    ? new UserError("uscc", "registry.entity.exists", code)
                    : new UserError("uscc", "registry.entity.exists_elsewhere", code);
        }
        MarketEntity created = MarketEntity.of(code, form);
        String actor = actor();
        entities.insert(created, actor);
        audit.record(AuditEvent.of("REGISTRY_ENTITY_CREATED", "registry_entity", code, created.name()));
        return entities.find(code).orElseThrow();
    }

    @Transactional
    public MarketEntity update(String uscc, int version, EntityForm form) {
        MarketEntity before = entities.findForUpdate(uscc).filter(e -> scopes.current().canRead(e.unitCode()))
                .orElseThrow(() -> new OutOfScopeException(uscc, false));
        requireMaintain(before.unitCode());
        requireMaintain(form.unitCode());
        requireUnit(form.unitCode());
        if (before.version() != version) {
            throw new UserError(null, "registry.entity.stale");
        }
        MarketEntity after = before.with(form);
        return save(before, after, "", "REGISTRY_ENTITY_UPDATED", EntityRepository.SOURCE_MANUAL);
    }

    /** 注销: the entity stays in the registry with status CANCELLED and its history. */
    @Transactional
    public MarketEntity deregister(String uscc, String reason) {
        // Authorise before validating: a caller outside DESIGN.md §2 learns nothing from the form's errors.
        entities.find(uscc).filter(e -> scopes.current().canRead(e.unitCode()))
                .ifPresentOrElse(e -> requireMaintain(e.unitCode()), () -> {
                    throw new OutOfScopeException(uscc, false);
                });
        if (reason == null || reason.isBlank()) {
            throw new UserError("reason", "registry.entity.reason.required");
        }
        if (reason.strip().length() > 200) {
            throw new UserError("reason", "registry.entity.reason.too_long");
        }
        MarketEntity before = entities.findForUpdate(uscc).filter(e -> scopes.current().canRead(e.unitCode()))
                .orElseThrow(() -> new OutOfScopeException(uscc, false));
        requireMaintain(before.unitCode());
        return save(before, before.deregistered(), reason.strip(), "REGISTRY_ENTITY_DEREGISTERED",
                EntityRepository.SOURCE_MANUAL);
    }

    private MarketEntity save(MarketEntity before, MarketEntity after, String reason, String action, String source) {
        Map<String, Object[]> diff = before.diff(after);
        if (diff.isEmpty()) {
            return before;
        }
        String actor = actor();
        if (!entities.update(after, actor)) {
            throw new UserError(null, "registry.entity.stale");
        }
        String changes = json.writeValueAsString(diff);
        entities.addChange(before.uscc(), actor, source, reason, changes);
        audit.record(AuditEvent.of(action, "registry_entity", before.uscc(),
                (reason.isEmpty() ? "" : reason + " ") + changes));
        return entities.find(before.uscc()).orElseThrow();
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<EntityView> find(String uscc) {
        return visible(uscc).map(e -> e.view(offices.of(e).orElse(null)));
    }

    @Override
    @Transactional(readOnly = true)
    public void forEachInUnits(Collection<String> unitCodes, Consumer<EntityView> consumer) {
        String[] units = unitCodes.toArray(String[]::new);
        Map<String, String> officeOf = offices.inUnits(units);
        entities.forEachInUnits(units, e -> consumer.accept(e.view(officeOf.get(e.uscc()))));
    }

    @Override
    @Transactional(readOnly = true)
    public List<FieldCount> activeCountsByUnitAndField() {
        return entities.activeCountsByUnitAndField();
    }

    @Override
    @Transactional(readOnly = true)
    public Map<String, io.fairdraw.shared.SupervisionField> fieldsOf(Collection<String> usccs) {
        return entities.fieldsOf(usccs.toArray(String[]::new));
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<EntityView> lookup(String uscc) {
        return found(uscc).map(e -> e.view(offices.of(e).orElse(null)));
    }

    /** Credit rules (not a person) move the class: no scope check, the reason names rule and record. */
    @Override
    @Transactional
    public boolean reclassify(String uscc, io.fairdraw.registry.RiskClass to, String reason) {
        MarketEntity before = entities.findForUpdate(uscc).orElseThrow(() -> new OutOfScopeException(uscc, false));
        if (before.riskClass() == to) {
            return false;
        }
        // issue 21 item 2: the history says the credit rules moved it, not 手工 (the actor is who approved the result)
        save(before, before.withRiskClass(to), reason, "REGISTRY_ENTITY_RECLASSIFIED", EntityRepository.SOURCE_CREDIT);
        return true;
    }

    private Optional<MarketEntity> visible(String uscc) {
        Scope scope = scopes.current();
        return found(uscc).filter(e -> scope.canRead(e.unitCode()));
    }

    /** The entity by code as typed (spaces, lower case), whatever the scope: one normalisation for both reads. */
    private Optional<MarketEntity> found(String uscc) {
        return uscc == null ? Optional.empty() : entities.find(uscc.strip().toUpperCase(java.util.Locale.ROOT));
    }

    private static String code(String text) {
        try {
            return UnifiedSocialCreditCode.of(text).value();
        } catch (InvalidCreditCodeException e) {
            throw new UserError("uscc", e.messageKey(), e.position().isPresent() ? e.position().getAsInt() : "");
        }
    }

    /** DESIGN.md §2: only the unit's LIAISON gets the entity forms (403, or 404 when the unit is not readable). */
    public void requireMaintainable(String unitCode) {
        requireMaintain(unitCode);
    }

    private void requireMaintain(String unitCode) {
        if (!canMaintain(unitCode)) {
            throw new OutOfScopeException(unitCode, unitCode != null && scopes.current().canRead(unitCode));
        }
    }

    private void requireUnit(String unitCode) {
        if (organization.unit(unitCode).isEmpty()) {
            throw new UserError("unitCode", "registry.entity.unit.unknown", unitCode);
        }
    }

    private static boolean isLiaison() {
        return Actor.current().filter(a -> a instanceof FairdrawUser u && u.has(Role.LIAISON)).isPresent();
    }

    private static String actor() {
        return Actor.current().map(Actor::username).orElse("system");
    }

    @SuppressWarnings("unchecked")
    private Map<String, List<Object>> parse(String changes) {
        Map<String, List<Object>> m = json.readValue(changes, Map.class);
        return m == null ? Map.of() : m;
    }

}
