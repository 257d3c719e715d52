package io.fairdraw.disclosure.objection;

import java.time.LocalDate;

/**
 * One objection as the answering unit sees it (internal pages only: it carries the objector's name
 * and contact, which are never published). Its parts: the result objected to, who objects and why,
 * the attachment, and the answer.
 */
public record Objection(long id, Result result, Objector objector, String reason, Attachment attachment,
                        LocalDate filedOn, LocalDate answerDue, ObjectionStatus status, Answer answer) {

    /** The published result: its record, task, unit and entity. */
    public record Result(long recordId, String taskName, String unitCode, String uscc, String entityName) {
    }

    /** 异议人: name and contact (never public) and the legal representative they named. */
    public record Objector(String name, String contact, String legalRepresentative) {
    }

    /** The attachment, null when none was given. */
    public record Attachment(String fileName, String contentType, int sizeBytes, String sha256) {
    }

    /** The answer, null while open; {@code correctionRecordId} the correction an upheld objection opened. */
    public record Answer(String text, String answeredBy, LocalDate answeredOn, Long correctionRecordId) {
    }

    public boolean open() {
        return status == ObjectionStatus.OPEN;
    }
}
