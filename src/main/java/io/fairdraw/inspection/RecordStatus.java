package io.fairdraw.inspection;

/**
 * 检查记录 status: DRAFT while the team records (a returned record is a draft again, with the
 * reason), SUBMITTED after both members confirmed, APPROVED when the unit's REVIEWER approved —
 * final from then on. Labels: {@code inspection.record.status.<NAME>}.
 */
public enum RecordStatus {
    DRAFT, SUBMITTED, APPROVED;

    public String messageKey() {
        return "inspection.record.status." + name();
    }
}
