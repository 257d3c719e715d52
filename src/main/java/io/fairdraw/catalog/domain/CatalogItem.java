package io.fairdraw.catalog.domain;

import io.fairdraw.catalog.ItemContent;
import io.fairdraw.catalog.ItemStatus;
import io.fairdraw.catalog.ItemVersion;
import io.fairdraw.shared.UserError;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A catalog item and its versions (oldest first). The item owns its transitions: {@link #revise}
 * closes the latest version and appends the next one; {@link #retire} closes the latest version
 * and keeps them all. Versions not yet stored have id 0.
 */
public final class CatalogItem {

    private final long id;
    private final String code;
    private final String unitCode;
    private final boolean sample;
    private ItemStatus status;
    private LocalDate retiredOn;
    private String retireReason;
    private final List<ItemVersion> versions;

    CatalogItem(long id, String code, String unitCode, boolean sample, ItemStatus status, LocalDate retiredOn,
                String retireReason, List<ItemVersion> versions) {
        if (versions.isEmpty()) {
            throw new IllegalArgumentException("an item has at least one version: " + code);
        }
        this.id = id;
        this.code = code;
        this.unitCode = unitCode;
        this.sample = sample;
        this.status = status;
        this.retiredOn = retiredOn;
        this.retireReason = retireReason;
        this.versions = new ArrayList<>(versions);
    }

    /** A new item with its first version. */
    public static CatalogItem create(String code, String unitCode, ItemContent content, LocalDate effectiveFrom,
                                     String reason, String by, boolean sample) {
        ItemVersion first = new ItemVersion(0, 0, code, unitCode, ItemStatus.ACTIVE, 1,
                requireDate(effectiveFrom), null, requireReason(reason), content, by, null);
        return new CatalogItem(0, code, unitCode, sample, ItemStatus.ACTIVE, null, null, List.of(first));
    }

    /**
     * 事项清单根据法律法规规章修订情况动态调整: a new version in force from {@code effectiveFrom}
     * (not before the latest version's start); the latest version stays readable, closed that day.
     */
    public ItemVersion revise(ItemContent content, LocalDate effectiveFrom, String reason, String by) {
        requireActive();
        ItemVersion last = latest();
        requireDate(effectiveFrom);
        if (effectiveFrom.isBefore(last.effectiveFrom())) {
            throw new UserError("effectiveFrom", "catalog.effective_from.before_previous", last.effectiveFrom());
        }
        if (content.equals(last.content())) {
            throw new UserError(null, "catalog.revise.no_change");
        }
        ItemVersion next = new ItemVersion(0, id, code, unitCode, status, last.versionNo() + 1, effectiveFrom, null,
                requireReason(reason), content, by, null);
        close(effectiveFrom);
        versions.add(next);
        return next;
    }

    /**
     * 检查细则 changed (issue 19 item 3): the next version keeps the content and carries the new
     * checklist, stored beside it by {@link ChecklistService}; the latest version keeps its own.
     */
    public ItemVersion reviseChecklist(LocalDate effectiveFrom, String reason, String by) {
        requireActive();
        ItemVersion last = latest();
        requireDate(effectiveFrom);
        if (effectiveFrom.isBefore(last.effectiveFrom())) {
            throw new UserError("effectiveFrom", "catalog.effective_from.before_previous", last.effectiveFrom());
        }
        ItemVersion next = new ItemVersion(0, id, code, unitCode, status, last.versionNo() + 1, effectiveFrom, null,
                requireReason(reason), last.content(), by, null);
        close(effectiveFrom);
        versions.add(next);
        return next;
    }

    /** Retires the item from {@code on}: no new task may use it; every version stays readable. */
    public void retire(LocalDate on, String reason) {
        requireActive();
        String why = requireReason(reason);
        LocalDate day = requireDate(on);
        // A version announced for a later date never comes into force: close it on its first day.
        close(day.isBefore(latest().effectiveFrom()) ? latest().effectiveFrom() : day);
        status = ItemStatus.RETIRED;
        retiredOn = day;
        retireReason = why;
        versions.replaceAll(v -> new ItemVersion(v.id(), v.itemId(), v.code(), v.unitCode(), status, v.versionNo(),
                v.effectiveFrom(), v.effectiveTo(), v.reason(), v.content(), v.createdBy(), v.createdAt()));
    }

    private void close(LocalDate to) {
        ItemVersion l = latest();
        versions.set(versions.size() - 1, new ItemVersion(l.id(), l.itemId(), l.code(), l.unitCode(), l.itemStatus(),
                l.versionNo(), l.effectiveFrom(), to, l.reason(), l.content(), l.createdBy(), l.createdAt()));
    }

    private void requireActive() {
        if (status == ItemStatus.RETIRED) {
            throw new UserError(null, "catalog.retired", code);
        }
    }

    private static String requireReason(String reason) {
        if (reason == null || reason.isBlank()) {
            throw new UserError("reason", "catalog.reason.required");
        }
        if (reason.strip().length() > 200) {
            throw new UserError("reason", "catalog.reason.too_long", 200);
        }
        return reason.strip();
    }

    private static LocalDate requireDate(LocalDate d) {
        if (d == null) {
            throw new UserError("effectiveFrom", "catalog.effective_from.required");
        }
        return d;
    }

    public ItemVersion latest() {
        return versions.get(versions.size() - 1);
    }

    public Optional<ItemVersion> inForceOn(LocalDate date) {
        return versions.stream().filter(v -> v.inForceOn(date)).findFirst();
    }

    public Optional<ItemVersion> version(int versionNo) {
        return versions.stream().filter(v -> v.versionNo() == versionNo).findFirst();
    }

    /** Oldest first. */
    public List<ItemVersion> versions() {
        return List.copyOf(versions);
    }

    public long id() {
        return id;
    }

    public String code() {
        return code;
    }

    public String unitCode() {
        return unitCode;
    }

    public boolean sample() {
        return sample;
    }

    public ItemStatus status() {
        return status;
    }

    public LocalDate retiredOn() {
        return retiredOn;
    }

    public String retireReason() {
        return retireReason;
    }
}
