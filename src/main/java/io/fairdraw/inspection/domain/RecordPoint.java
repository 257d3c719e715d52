package io.fairdraw.inspection.domain;

import io.fairdraw.inspection.PointResult;

/**
 * One point of an item's 检查表 inside a record: the catalog version's point as copied when the
 * record was opened, with the team's answer (null until given) and, for 不符合, the finding.
 */
public record RecordPoint(String itemCode, int no, String text, String clause, String method, PointResult answer,
                          String finding) {

    public static final int MAX_FINDING = 2000;

    public RecordPoint {
        finding = finding == null ? "" : finding;
    }

    RecordPoint answered(PointResult a, String f) {
        return new RecordPoint(itemCode, no, text, clause, method, a, f == null ? "" : f.strip());
    }

    /** The key evidence of this point is filed under ({@code itemCode#no}). */
    public String key() {
        return itemCode + "#" + no;
    }
}
