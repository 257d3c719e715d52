package io.fairdraw.inspection.domain;

import io.fairdraw.inspection.Disposal;
import io.fairdraw.inspection.ResultCategory;

/** One catalog item's result inside a record (category and disposal null until chosen). */
public record RecordItem(String itemCode, int itemVersion, String itemName, String ownerUnit, String legalBasis,
                         int sort, ResultCategory category, Disposal disposal, String findings) {

    public RecordItem {
        findings = findings == null ? "" : findings;
    }

    RecordItem with(ResultCategory c, Disposal d, String f) {
        return new RecordItem(itemCode, itemVersion, itemName, ownerUnit, legalBasis, sort, c, d, f);
    }
}
