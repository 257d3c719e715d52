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
     * edit), or null. {@code unitCode} is the unit of the task, which publishes the result
     * (谁抽查、谁公示); {@code inspectors} are the team's directory ids as published by the draw
     * (never names: personal data stays inside); {@code approvedOn} is the business date of the approval in
     * Asia/Shanghai. {@code submittedOn} is the day the team submitted the record (检查完成) and
     * {@code publicationDue} the day the result must be public by: 国发〔2019〕5号's 20 working days from
     * submission (issue 19 item 5), computed once by the inspection module; receivers use it, never recompute it.
     */
    public record ResultApproved(long recordId, Long correctsRecordId, long visitId, long taskId,
                                 String taskName, int year, String unitCode, String drawId,
                                 String uscc, String entityName, String field,
                                 List<String> inspectors, LocalDate inspectionDate,
                                 Instant approvedAt, LocalDate approvedOn, String approvedBy,
                                 List<ItemResult> items, LocalDate submittedOn, LocalDate publicationDue) {
        public ResultApproved {
            inspectors = List.copyOf(inspectors);
            items = List.copyOf(items);
        }
    }
}
