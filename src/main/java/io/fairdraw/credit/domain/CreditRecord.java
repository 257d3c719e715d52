package io.fairdraw.credit.domain;

import java.time.LocalDate;

/** 信用记录: what (category of an item), when, found by which unit, how severe; superseded by a correction. */
public record CreditRecord(long id, String uscc, String entityName, long inspectionRecord, String unitCode,
                           String itemCode, String itemName, String category, Severity severity, LocalDate foundOn,
                           LocalDate approvedOn, Long supersededBy) {

    public boolean valid() {
        return supersededBy == null;
    }
}
