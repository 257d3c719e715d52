package io.fairdraw.inspection;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Events of the inspection module: the contract by which results reach credit, disclosure and
 * report (DESIGN.md §3: visits produce results; results feed credit and disclosure). Published
 * inside the approving transaction with a plain {@code @EventListener} on the receiving side, so
 * an approval and everything that follows from it commit together or not at all.
 */
public final class InspectionEvents {

    private InspectionEvents() {
    }

    /** One item's result inside an approved record. */
    public record ItemResult(String itemCode, int itemVersion, String itemName, String ownerUnitCode,
                             ResultCategory category, Disposal disposal) {
    }

    /**
     * A REVIEWER approved an inspection record; it is final from now on. {@code correctsRecordId}
     * is the earlier approved record this one corrects (a correction is a new record, never an
     * edit), or null. The parts are named: the {@link Task} whose unit publishes the result
     * (谁抽查、谁公示), the {@link Visited} entity and team, the {@link Approval} and the
     * {@link Publication} deadline. Each part's accessors are also the event's own (e.g.
     * {@code uscc()}), so receivers read it as before.
     */
    public record ResultApproved(long recordId, Long correctsRecordId, Task task, Visited visit, Approval approval,
                                 List<ItemResult> items, Publication publication) {
        public ResultApproved {
            items = List.copyOf(items);
        }

        /** The task of the visit; {@code unitCode} is the unit whose plan holds it, which publishes the result. */
        public record Task(long taskId, String taskName, int year, String unitCode) {
        }

        /**
         * The visit: its draw, the entity ({@code entityName} and {@code field} as the registry had them),
         * the team's directory ids as published by the draw (never names: personal data stays inside)
         * and the inspection date.
         */
        public record Visited(long visitId, String drawId, String uscc, String entityName, String field,
                              List<String> inspectors, LocalDate inspectionDate) {
            public Visited {
                inspectors = List.copyOf(inspectors);
            }
        }

        /** Who approved and when; {@code approvedOn} is the business date of the approval (Asia/Shanghai). */
        public record Approval(String approvedBy, Instant approvedAt, LocalDate approvedOn) {
        }

        /**
         * {@code submittedOn} is the day the team submitted the record (检查完成), {@code publicationDue} the
         * day the result must be public by: 国发〔2019〕5号's 20 working days from submission (issue 19 item 5),
         * computed once by the inspection module; receivers use it, never recompute it.
         */
        public record Publication(LocalDate submittedOn, LocalDate publicationDue) {
        }

        public long visitId() {
            return visit.visitId();
        }

        public long taskId() {
            return task.taskId();
        }

        public String taskName() {
            return task.taskName();
        }

        public int year() {
            return task.year();
        }

        public String unitCode() {
            return task.unitCode();
        }

        public String drawId() {
            return visit.drawId();
        }

        public String uscc() {
            return visit.uscc();
        }

        public String entityName() {
            return visit.entityName();
        }

        public String field() {
            return visit.field();
        }

        public List<String> inspectors() {
            return visit.inspectors();
        }

        public LocalDate inspectionDate() {
            return visit.inspectionDate();
        }

        public Instant approvedAt() {
            return approval.approvedAt();
        }

        public LocalDate approvedOn() {
            return approval.approvedOn();
        }

        public String approvedBy() {
            return approval.approvedBy();
        }

        public LocalDate submittedOn() {
            return publication.submittedOn();
        }

        public LocalDate publicationDue() {
            return publication.publicationDue();
        }
    }

    /**
     * The team submitted a record for review (issue 21 item 1: the unit's REVIEWER is told at once).
     * {@code unitCode} is the task's plan unit, whose REVIEWER reviews it.
     */
    public record RecordSubmitted(long recordId, long visitId, long taskId, String unitCode, String uscc) {
    }

    /** A REVIEWER returned a record to its team (issue 21 item 1: the team's inspectors are told at once). */
    public record RecordReturned(long recordId, long visitId, long taskId, String unitCode, String uscc,
                                 List<String> inspectors, String reason) {
        public RecordReturned {
            inspectors = List.copyOf(inspectors);
        }
    }
}
