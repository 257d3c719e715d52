package io.fairdraw.registry;

import io.fairdraw.shared.SupervisionField;

/**
 * What other modules see of a market entity: enough for a frame and a draw. {@code riskClass}
 * is null when the entity has no class yet.
 */
public record EntityView(String uscc, String name, String entityType, SupervisionField field, String unitCode,
                         EntityStatus status, RiskClass riskClass, boolean manyComplaints,
                         boolean abnormalOperation, boolean seriousDishonesty) {

    /** Flags that raise the sampling weight: 投诉举报多, 列入经营异常名录, 严重违法失信. */
    public int flagCount() {
        return (manyComplaints ? 1 : 0) + (abnormalOperation ? 1 : 0) + (seriousDishonesty ? 1 : 0);
    }
}
