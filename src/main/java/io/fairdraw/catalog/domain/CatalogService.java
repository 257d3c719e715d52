package io.fairdraw.catalog.domain;

import io.fairdraw.audit.AuditEvent;
import io.fairdraw.audit.AuditLog;
import io.fairdraw.catalog.Catalog;
import io.fairdraw.catalog.CatalogEvents;
import io.fairdraw.catalog.ItemContent;
import io.fairdraw.catalog.ItemStatus;
import io.fairdraw.catalog.ItemVersion;
import io.fairdraw.organization.FairdrawUser;
import io.fairdraw.organization.Organization;
import io.fairdraw.organization.OutOfScopeException;
import io.fairdraw.organization.Role;
import io.fairdraw.organization.Scope;
import io.fairdraw.organization.Scopes;
import io.fairdraw.shared.Actor;
import io.fairdraw.shared.BusinessClock;
import io.fairdraw.shared.UserError;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The catalog: a unit's LIAISON maintains its items (三(三) 联络员); everyone reads within their
 * {@link Scope}; the plan module reads through {@link Catalog}. Every change is audited in its
 * own transaction.
 */
@Service
public class CatalogService implements Catalog {

    public record Page(List<CatalogRow> rows, long total, int page, int size) {
        public int pages() {
            return (int) Math.max(1, (total + size - 1) / size);
        }
    }

    private final CatalogRepository items;
    private final Scopes scopes;
    private final Organization organization;
    private final AuditLog audit;
    private final Clock clock;
    private final ChecklistRepository checklists;
    private ApplicationEventPublisher events = e -> { };

    CatalogService(CatalogRepository items, Scopes scopes, Organization organization, AuditLog audit, Clock clock,
                   ChecklistRepository checklists) {
        this.checklists = checklists;
        this.items = items;
        this.scopes = scopes;
        this.organization = organization;
        this.audit = audit;
        this.clock = clock;
    }

    // issue 20 item 2: a published version reaches the outbox in this transaction (CatalogEvents).
    @org.springframework.beans.factory.annotation.Autowired
    void setEvents(ApplicationEventPublisher events) {
        this.events = events;
    }

    @Transactional(readOnly = true)
    public Page search(CatalogQuery q, int page, int size) {
        String[] units = scopes.current().readableArrayOrNull();
        int p = Math.max(0, page);
        return new Page(items.search(q, units, p * size, size), items.countMatching(q, units), p, size);
    }

    /** An item the current actor may read (404 otherwise: existence is not revealed). */
    @Transactional(readOnly = true)
    public CatalogItem get(String code) {
        CatalogItem item = items.find(code).orElseThrow(() -> new OutOfScopeException(code, false));
        scopes.current().requireRead(item.unitCode());
        return item;
    }

    /** Whether the current actor maintains this unit's catalog (its LIAISON). */
    public boolean maintains(String unitCode) {
        return scopes.current().canWrite(unitCode) && Actor.current()
                .filter(a -> a instanceof FairdrawUser u && u.has(Role.LIAISON)).isPresent();
    }

    /** Refuses (403/404) unless the current actor may add items to its unit's catalog, as {@link #create} does. */
    public void requireMayCreate() {
        requireMaintainer(ownUnit());
    }

    /** Refuses (403/404) unless the current actor may revise the item, as {@link #revise} does. */
    public void requireMayRevise(String code) {
        requireMaintainer(get(code).unitCode());
    }

    @Transactional
    public CatalogItem create(String code, ItemContent content, LocalDate effectiveFrom, String reason) {
        String unit = ownUnit();
        requireMaintainer(unit);
        if (code == null || !code.strip().matches("[0-9A-Za-z._-]{1,40}")) {
            throw new UserError("code", "catalog.code.invalid");
        }
        if (items.exists(code.strip())) {
            throw new UserError("code", "catalog.code.taken", code.strip());
        }
        requireUnit(content.inspectingUnit());
        CatalogItem item = CatalogItem.create(code.strip(), unit, content, effectiveFrom, reason, actor(), false);
        items.save(item);
        audit.record(AuditEvent.of("CATALOG_ITEM_CREATED", "catalog_item", item.code(),
                content.name() + "; from " + effectiveFrom + "; basis " + content.legalBasis().size()));
        CatalogItem saved = items.find(item.code()).orElseThrow();
        events.publishEvent(new CatalogEvents.VersionPublished(saved.latest()));
        return saved;
    }

    @Transactional
    public ItemVersion revise(String code, ItemContent content, LocalDate effectiveFrom, String reason) {
        CatalogItem item = get(code);
        requireMaintainer(item.unitCode());
        requireUnit(content.inspectingUnit());
        long previous = item.latest().id();
        ItemVersion next = item.revise(content, effectiveFrom, reason, actor());
        items.save(item);
        // issue 19 item 3: the 检查细则 goes with the item into its new version until replaced.
        checklists.copy(previous, items.find(code).orElseThrow().latest().id());
        audit.record(AuditEvent.of("CATALOG_ITEM_REVISED", "catalog_item", code,
                "v" + next.versionNo() + " from " + effectiveFrom + ": " + next.reason()));
        ItemVersion published = items.find(code).orElseThrow().latest();
        events.publishEvent(new CatalogEvents.VersionPublished(published));
        return published;
    }

    @Transactional
    public void retire(String code, String reason) {
        CatalogItem item = get(code);
        requireMaintainer(item.unitCode());
        LocalDate today = BusinessClock.today(clock);
        item.retire(today, reason);
        items.save(item);
        audit.record(AuditEvent.of("CATALOG_ITEM_RETIRED", "catalog_item", code, "on " + today + ": "
                + item.retireReason()));
    }

    /** The published list (公开随机抽查事项): versions in force today, every unit, no login. */
    @Transactional(readOnly = true)
    public List<ItemVersion> published() {
        return items.inForce(BusinessClock.today(clock), null);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<ItemVersion> version(long versionId) {
        return items.version(versionId);
    }

    @Override
    @Transactional(readOnly = true)
    public java.util.Map<Long, ItemVersion> versions(java.util.Collection<Long> versionIds) {
        java.util.Map<Long, ItemVersion> out = new java.util.HashMap<>();
        if (!versionIds.isEmpty()) {
            items.versions(versionIds.toArray(Long[]::new)).forEach(v -> out.put(v.id(), v));
        }
        return out;
    }

    @Override
    @Transactional(readOnly = true)
    public List<ItemVersion> inForce(LocalDate date, Collection<String> unitCodes) {
        return items.inForce(date, unitCodes == null ? null : unitCodes.toArray(String[]::new));
    }

    @Override
    @Transactional(readOnly = true)
    public ItemVersion requireUsable(long versionId, LocalDate date) {
        ItemVersion v = items.version(versionId).orElseThrow(() -> new UserError(null, "catalog.version.not_found", versionId));
        if (v.itemStatus() == ItemStatus.RETIRED) {
            throw new UserError(null, "catalog.not_usable.retired", v.code());
        }
        // 法律法规规章没有规定的，一律不得擅自开展检查 (also a database constraint).
        if (v.content().legalBasis().isEmpty()) {
            throw new UserError(null, "catalog.legal_basis.required");
        }
        if (!v.inForceOn(date)) {
            throw new UserError(null, "catalog.not_usable.not_in_force", v.code(), v.versionNo(), date);
        }
        return v;
    }

    /** Seeds an item without an actor (demo data); its versions as given, oldest first. */
    @Transactional
    public void seed(CatalogItem item) {
        if (!items.exists(item.code())) {
            items.save(item);
            audit.record(AuditEvent.of("CATALOG_ITEM_CREATED", "catalog_item", item.code(), "sample data")
                    .by("system", item.unitCode()));
        }
    }

    long count() {
        return items.count();
    }

    private static String ownUnit() {
        return Actor.current().map(Actor::unitCode).orElseThrow(() -> new OutOfScopeException(null, false));
    }

    private void requireMaintainer(String unitCode) {
        Scope scope = scopes.current();
        scope.requireWrite(unitCode);
        if (!maintains(unitCode)) {
            // 三(三): the unit's 联络员 keeps its entries; other roles of the unit only read.
            throw new OutOfScopeException(unitCode, true);
        }
    }

    private void requireUnit(String code) {
        if (organization.unit(code).isEmpty()) {
            throw new UserError("inspectingUnit", "catalog.inspecting_unit.unknown", code);
        }
    }

    private static String actor() {
        return Actor.current().map(Actor::username).orElse("system");
    }
}
