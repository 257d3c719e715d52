package io.fairdraw.registry;

import io.fairdraw.shared.SupervisionField;

/**
 * What other modules see of a market entity: enough for a frame and a draw. {@code riskClass}
 * is null when the entity has no class yet; {@code officeCode} is the supervising sub-office
 * (团场/片区自然资源所) of the entity's unit, null when none.
 */
public record EntityView(String uscc, String name, String entityType, SupervisionField field, String unitCode,
                         EntityStatus status, RiskClass riskClass, boolean manyComplaints,
                         boolean abnormalOperation, boolean seriousDishonesty, String officeCode) {

    /** An entity not assigned to a sub-office. */
    public EntityView(String uscc, String name, String entityType, SupervisionField field, String unitCode,
                      EntityStatus status, RiskClass riskClass, boolean manyComplaints, boolean abnormalOperation,
                      boolean seriousDishonesty) {
        this(uscc, name, entityType, field, unitCode, status, riskClass, manyComplaints, abnormalOperation,
                seriousDishonesty, null);
    }

    /**
     * FD-DRAW-1 §1 org code of the entity, the one the cross-office rule (所所交叉) compares: its
     * supervising sub-office when it has one, else its unit.
     */
    public String orgCode() {
        return officeCode == null ? unitCode : officeCode;
    }

    /** Flags that raise the sampling weight: 投诉举报多, 列入经营异常名录, 严重违法失信. */
    public int flagCount() {
        return (manyComplaints ? 1 : 0) + (abnormalOperation ? 1 : 0) + (seriousDishonesty ? 1 : 0);
    }
}
