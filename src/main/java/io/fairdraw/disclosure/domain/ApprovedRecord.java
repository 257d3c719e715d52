package io.fairdraw.disclosure.domain;

import java.time.LocalDate;

/**
 * An approved inspection record as its unit's REVIEWER sees it on the publication page (internal:
 * includes records not yet public). {@code status}: PENDING, PUBLISHED or SUPERSEDED. Its parts:
 * the task, the entity, the dates (国发〔2019〕5号: public within 20 working days of approval, by
 * {@code dueOn}) and the corrections it makes or received.
 */
public record ApprovedRecord(long recordId, Task task, PublicResult.Entity entity, Dates dates, String status,
                             Corrections corrections) {

    public record Task(long id, String name, int year, String unitCode) {
    }

    public record Dates(LocalDate inspected, LocalDate approved, LocalDate due, LocalDate published) {
    }

    /** {@code corrects}: the record this one corrects; {@code correctedBy}: the record that corrected this one. */
    public record Corrections(Long corrects, Long correctedBy) {
    }

    public boolean overdue(LocalDate today) {
        return "PENDING".equals(status) && today.isAfter(dates.due());
    }

    // The flat reading the publication page uses.
    public Long correctsRecordId() { return corrections.corrects(); }
    public Long correctedByRecordId() { return corrections.correctedBy(); }
    public long taskId() { return task.id(); }
    public String taskName() { return task.name(); }
    public int year() { return task.year(); }
    public String unitCode() { return task.unitCode(); }
    public String uscc() { return entity.uscc(); }
    public String entityName() { return entity.name(); }
    public String field() { return entity.field(); }
    public LocalDate inspectionDate() { return dates.inspected(); }
    public LocalDate approvedOn() { return dates.approved(); }
    public LocalDate dueOn() { return dates.due(); }
    public LocalDate publishedOn() { return dates.published(); }
}
