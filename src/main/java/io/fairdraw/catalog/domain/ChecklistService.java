package io.fairdraw.catalog.domain;

import io.fairdraw.audit.AuditEvent;
import io.fairdraw.audit.AuditLog;
import io.fairdraw.catalog.ChecklistPoint;
import io.fairdraw.catalog.Checklists;
import io.fairdraw.catalog.ItemStatus;
import io.fairdraw.catalog.ItemVersion;
import io.fairdraw.organization.OutOfScopeException;
import io.fairdraw.shared.Actor;
import io.fairdraw.shared.BusinessClock;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 检查细则 (issue 19 item 3): the checklist of each item version. A new checklist is a new item
 * version (same content, its own points); older versions keep theirs, so a task and its records
 * keep the points of the version they used. Replacing it is the LIAISON's, as revising the item.
 */
@Service
public class ChecklistService implements Checklists {

    private final ChecklistRepository points;
    private final CatalogRepository items;
    private final CatalogService catalog;
    private final AuditLog audit;
    private final Clock clock;

    ChecklistService(ChecklistRepository points, CatalogRepository items, CatalogService catalog, AuditLog audit,
                     Clock clock) {
        this.points = points;
        this.items = items;
        this.catalog = catalog;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public List<ChecklistPoint> of(long versionId) {
        return points.of(versionId);
    }

    /** Outcome of a replacement: the version that carries the checklist and whether it is new. */
    public record Replaced(ItemVersion version, boolean created) {
    }

    /**
     * Gives the item a new checklist: a new version from {@code effectiveFrom} (null: today, or the
     * latest version's start if later). The same checklist as the latest version's changes nothing
     * (re-importing a file is idempotent).
     */
    @Transactional
    public Replaced replace(String code, List<ChecklistPoint> checklist, LocalDate effectiveFrom, String reason) {
        catalog.requireMayRevise(code);
        CatalogItem item = catalog.get(code);
        ItemVersion last = item.latest();
        if (points.of(last.id()).equals(checklist)) {
            return new Replaced(last, false);
        }
        LocalDate from = effectiveFrom;
        if (from == null) {
            LocalDate today = BusinessClock.today(clock);
            from = today.isBefore(last.effectiveFrom()) ? last.effectiveFrom() : today;
        }
        String by = Actor.current().map(Actor::username).orElse("system");
        ItemVersion next = item.reviseChecklist(from, reason, by);
        items.save(item);
        ItemVersion saved = items.find(code).orElseThrow().latest();
        points.insert(saved.id(), checklist);
        audit.record(AuditEvent.of("CATALOG_CHECKLIST_REPLACED", "catalog_item", code,
                "v" + next.versionNo() + " from " + from + ": " + checklist.size() + " points; " + next.reason()));
        return new Replaced(saved, true);
    }

    /** Seeds the points of a version that has none (demo data; no actor). */
    @Transactional
    public void seed(long versionId, List<ChecklistPoint> checklist) {
        if (!points.any(versionId)) {
            points.insert(versionId, checklist);
        }
    }

    /**
     * The published item (公开): active, with a version in force today; {@code versionNo} picks one of
     * its versions that has come into force (null: today's). Empty otherwise, as for the portal's list.
     */
    @Transactional(readOnly = true)
    public Optional<PublishedItem> published(String code, Integer versionNo) {
        LocalDate today = BusinessClock.today(clock);
        Optional<CatalogItem> found = items.find(code);
        if (found.isEmpty() || found.get().status() != ItemStatus.ACTIVE || found.get().inForceOn(today).isEmpty()) {
            return Optional.empty();
        }
        CatalogItem item = found.get();
        List<ItemVersion> shown = new java.util.ArrayList<>(item.versions().stream()
                .filter(v -> !v.effectiveFrom().isAfter(today)).toList());
        java.util.Collections.reverse(shown); // newest first
        Optional<ItemVersion> v = versionNo == null ? item.inForceOn(today)
                : shown.stream().filter(x -> x.versionNo() == versionNo).findFirst();
        return v.map(x -> new PublishedItem(x, points.of(x.id()), List.copyOf(shown)));
    }

    /** A published version with its checklist and the item's versions in force so far (newest first). */
    public record PublishedItem(ItemVersion version, List<ChecklistPoint> points, List<ItemVersion> versions) {
    }

    /** The checklist of a version the current actor may read (404 otherwise). */
    @Transactional(readOnly = true)
    public List<ChecklistPoint> ofReadable(String code, int versionNo) {
        CatalogItem item = catalog.get(code);
        ItemVersion v = item.version(versionNo).orElseThrow(() -> new OutOfScopeException(item.unitCode(), false));
        return points.of(v.id());
    }
}
