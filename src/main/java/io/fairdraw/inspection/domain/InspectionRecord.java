package io.fairdraw.inspection.domain;

import io.fairdraw.inspection.Disposal;
import io.fairdraw.inspection.RecordStatus;
import io.fairdraw.inspection.ResultCategory;
import io.fairdraw.organization.OutOfScopeException;
import io.fairdraw.shared.ConflictError;
import io.fairdraw.shared.UserError;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * 检查记录: the team's results for one visit. The aggregate owns its transitions: edits only as a
 * draft, 双人确认 of the current content by every team member before submission, review by the
 * unit's REVIEWER, and nothing after approval (a correction is a new record).
 */
public record InspectionRecord(long id, long visitId, Long correctsRecordId, RecordStatus status, Content content,
                               List<String> confirmedBy, String returnReason, Trail trail, int version) {

    /** What the team records: the date, an entity-level outcome (it applies to every item) and the items. */
    public record Content(LocalDate inspectionDate, ResultCategory entityCategory, List<RecordItem> items) {
        public Content {
            items = List.copyOf(items);
        }
    }

    /** An account and the instant it acted; {@link #NONE} while it has not happened. */
    public record Stamp(String by, Instant at) {
        public static final Stamp NONE = new Stamp(null, null);
    }

    /** Who created, last saved, submitted and approved the record; {@code approvedOn} is the approval's business date. */
    public record Trail(Stamp created, Stamp updated, Stamp submitted, Stamp approved, LocalDate approvedOn) {
        public Trail {
            created = created == null ? Stamp.NONE : created;
            updated = updated == null ? Stamp.NONE : updated;
            submitted = submitted == null ? Stamp.NONE : submitted;
            approved = approved == null ? Stamp.NONE : approved;
        }
    }

    public InspectionRecord {
        confirmedBy = List.copyOf(confirmedBy);
        returnReason = returnReason == null ? "" : returnReason;
    }

    /** The category that counts for an item: an entity-level outcome applies to all items. */
    public ResultCategory effectiveCategory(RecordItem item) {
        return entityCategory() != null ? entityCategory() : item.category();
    }

    public boolean confirmedByAll(List<String> team) {
        return confirmedBy.containsAll(team);
    }

    /**
     * Approved records are final (全程留痕): any edit is refused with 403 and changes nothing;
     * a submitted record waits for the review.
     */
    void requireDraft() {
        if (status == RecordStatus.APPROVED) {
            throw new OutOfScopeException("inspection_record:" + id, true);
        }
        if (status != RecordStatus.DRAFT) {
            throw new ConflictError("inspection.record.not_draft");
        }
    }

    /** The content as typed; confirmations are cleared when anything changed (they confirm content). */
    InspectionRecord edited(RecordDraft d) {
        requireDraft();
        if (d.entityCategory() != null && !d.entityCategory().entityLevel()) {
            throw new UserError("entityCategory", "inspection.record.entity_category.invalid");
        }
        List<RecordItem> next = new ArrayList<>();
        for (RecordItem i : items()) {
            RecordDraft.Item typed = d.items().get(i.itemCode());
            if (typed == null) {
                next.add(i);
                continue;
            }
            if (typed.category() != null && typed.category().entityLevel()) {
                throw new UserError("items", "inspection.record.item_category.entity_level");
            }
            // issue 19 item 4: 已整改, 已移送处理 … end a follow-up; only its correction can say so, the
            // first record has not yet found out (the form hides them; this is the rule itself)
            if (typed.category() != null && typed.category().followUpOutcome() && correctsRecordId == null) {
                throw new UserError("items", "inspection.record.item_category.outcome_first", i.itemName());
            }
            String findings = typed.findings() == null ? "" : typed.findings().strip();
            if (findings.length() > 4000) {
                throw new UserError("items", "inspection.record.findings.too_long", i.itemName());
            }
            next.add(i.with(typed.category(), typed.disposal(), findings));
        }
        boolean changed = !Objects.equals(d.inspectionDate(), inspectionDate())
                || d.entityCategory() != entityCategory() || !next.equals(items());
        return new InspectionRecord(id, visitId, correctsRecordId, status,
                new Content(d.inspectionDate(), d.entityCategory(), next), changed ? List.of() : confirmedBy,
                returnReason, trail, version);
    }

    /**
     * What is missing before the team may confirm: the date (not in the future), every item's
     * category and, where a problem was found, its follow-up disposal (DESIGN.md §1).
     */
    List<UserError> incomplete(LocalDate today) {
        List<UserError> errors = new ArrayList<>();
        if (inspectionDate() == null) {
            errors.add(new UserError("inspectionDate", "inspection.record.date.required"));
        } else if (inspectionDate().isAfter(today)) {
            errors.add(new UserError("inspectionDate", "inspection.record.date.future"));
        }
        for (RecordItem i : items()) {
            ResultCategory c = effectiveCategory(i);
            if (c == null) {
                errors.add(new UserError("items", "inspection.record.category.required", i.itemName()));
            } else if (c.problem() && i.disposal() == null) {
                errors.add(new UserError("items", "inspection.record.disposal.required", i.itemName()));
            }
        }
        return errors;
    }

    InspectionRecord confirmedBy(String inspectorId, LocalDate today) {
        requireDraft();
        List<UserError> errors = incomplete(today);
        if (!errors.isEmpty()) {
            throw errors.get(0);
        }
        Set<String> next = new LinkedHashSet<>(confirmedBy);
        next.add(inspectorId);
        return withStatus(status, List.copyOf(next));
    }

    /**
     * 提交审核 (检查完成): a complete draft goes to the REVIEWER once every team member confirmed the
     * current content (双人确认); {@code by} and {@code at} are the submission's.
     */
    InspectionRecord submit(List<String> team, String by, Instant at, LocalDate today) {
        requireDraft();
        List<UserError> errors = incomplete(today);
        if (!errors.isEmpty()) {
            throw errors.get(0);
        }
        if (!confirmedByAll(team)) {
            throw new ConflictError("inspection.record.unconfirmed");
        }
        Trail submitted = new Trail(trail.created(), trail.updated(), new Stamp(by, at), trail.approved(),
                trail.approvedOn());
        return new InspectionRecord(id, visitId, correctsRecordId, RecordStatus.SUBMITTED, content, confirmedBy,
                returnReason, submitted, version);
    }

    /**
     * 审核通过: only a submitted record is approved; from now on it is final (403 on any change, a
     * correction is a new record). {@code on} is the business date of {@code at}.
     */
    InspectionRecord approve(String by, Instant at, LocalDate on) {
        requireSubmitted();
        Trail approved = new Trail(trail.created(), trail.updated(), trail.submitted(), new Stamp(by, at), on);
        return new InspectionRecord(id, visitId, correctsRecordId, RecordStatus.APPROVED, content, confirmedBy,
                returnReason, approved, version);
    }

    /** 退回: back to the team as a draft with the reviewer's reason; their confirmations no longer hold. */
    InspectionRecord returnForCorrection(String reason) {
        requireSubmitted();
        if (reason == null || reason.isBlank()) {
            throw new UserError("reason", "inspection.review.reason.required");
        }
        if (reason.strip().length() > 500) {
            throw new UserError("reason", "inspection.review.reason.too_long");
        }
        return new InspectionRecord(id, visitId, correctsRecordId, RecordStatus.DRAFT, content, List.of(),
                reason.strip(), trail, version);
    }

    private void requireSubmitted() {
        if (status == RecordStatus.APPROVED) {
            throw new OutOfScopeException("inspection_record:" + id, true);
        }
        if (status != RecordStatus.SUBMITTED) {
            throw new ConflictError("inspection.record.not_submitted");
        }
    }

    /** The record as it was, without its confirmations: they confirm content, and evidence files are content. */
    InspectionRecord unconfirmed() {
        return withStatus(status, List.of());
    }

    private InspectionRecord withStatus(RecordStatus s, List<String> confirmed) {
        return new InspectionRecord(id, visitId, correctsRecordId, s, content, confirmed, returnReason, trail, version);
    }

    /** For the form: the disposal only matters where a problem was found. */
    public Disposal effectiveDisposal(RecordItem item) {
        ResultCategory c = effectiveCategory(item);
        return c != null && c.problem() ? item.disposal() : null;
    }

    public boolean hasViolation() {
        return items().stream().map(this::effectiveCategory).anyMatch(c -> c != null && c.violation());
    }

    /** What the audit entries of a record say about its content. */
    String auditSummary() {
        StringBuilder sb = new StringBuilder();
        sb.append("date=").append(inspectionDate());
        if (entityCategory() != null) {
            sb.append(" entity=").append(entityCategory());
        }
        for (RecordItem i : items()) {
            ResultCategory c = effectiveCategory(i);
            sb.append(' ').append(i.itemCode()).append('=').append(c == null ? "-" : c.name());
            if (effectiveDisposal(i) != null) {
                sb.append('/').append(effectiveDisposal(i));
            }
        }
        return sb.toString();
    }

    /** The same record with these items (the repository reads them apart). */
    InspectionRecord withItems(List<RecordItem> items) {
        return new InspectionRecord(id, visitId, correctsRecordId, status,
                new Content(inspectionDate(), entityCategory(), items), confirmedBy, returnReason, trail, version);
    }

    // --- the parts' fields, as the pages, the form and the events read them ---

    public LocalDate inspectionDate() {
        return content.inspectionDate();
    }

    public ResultCategory entityCategory() {
        return content.entityCategory();
    }

    public List<RecordItem> items() {
        return content.items();
    }

    public String createdBy() {
        return trail.created().by();
    }

    public Instant createdAt() {
        return trail.created().at();
    }

    public String updatedBy() {
        return trail.updated().by();
    }

    public Instant updatedAt() {
        return trail.updated().at();
    }

    public String submittedBy() {
        return trail.submitted().by();
    }

    public Instant submittedAt() {
        return trail.submitted().at();
    }

    public String approvedBy() {
        return trail.approved().by();
    }

    public Instant approvedAt() {
        return trail.approved().at();
    }

    public LocalDate approvedOn() {
        return trail.approvedOn();
    }
}
