package io.fairdraw.registry;

/**
 * 信用风险分类 maintained by the credit rules (失信者一处违规、处处受限): the credit module moves an
 * entity's class with a reason naming the rule and the record that caused it. The change is an
 * ordinary registry change: a history row and an audit entry in the caller's transaction.
 */
public interface RiskClassification {

    /** Sets the class; does nothing when it is already {@code to}. Returns whether it changed. */
    boolean reclassify(String uscc, RiskClass to, String reason);

    /**
     * The same for a class raised by an external credit change (外部信用, issue 20 item 3): the
     * entity's history names that source instead of the internal credit rules.
     */
    boolean reclassifyExternal(String uscc, RiskClass to, String reason);
}
