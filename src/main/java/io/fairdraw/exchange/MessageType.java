package io.fairdraw.exchange;

/**
 * The kinds of outbox message (issue 20 item 2), each with a stable body schema documented in
 * docs/integration.md. A receiver subscribes to some of them.
 */
public enum MessageType {
    /** A catalog item version published (the first one or a revision). */
    CATALOG_VERSION_PUBLISHED,
    /** An annual plan published, with its tasks (年度抽查工作计划向社会公开). */
    PLAN_PUBLISHED,
    /** A draw executed: the selected entities in order, each with its team's directory ids. */
    DRAW_EXECUTED,
    /** An inspection result published (抽查检查结果公示). */
    RESULT_PUBLISHED,
    /** A corrected result published: it replaces the earlier record named in the body. */
    RESULT_CORRECTED,
    /** An entity's risk class changed under a credit rule. */
    CREDIT_CLASS_CHANGED
}
