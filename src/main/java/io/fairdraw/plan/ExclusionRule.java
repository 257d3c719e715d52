package io.fairdraw.plan;

/**
 * Why an entity of the directory is not in a task's frame, in the order the rules are applied
 * (an entity is counted under the first rule that leaves it out). Labels: {@code frame.rule.<NAME>}.
 */
public enum ExclusionRule {
    /** Supervised by a unit outside the task's units. */
    UNIT,
    /** Field (监管领域) not among the task's fields. */
    FIELD,
    /** Field (监管领域) not among the task's items' fields, the scope following its items (issue 19 item 8). */
    ITEM_FIELD,
    /** Entity type not among the task's types. */
    ENTITY_TYPE,
    /** Status (存续/注销/吊销) not among the task's statuses. */
    STATUS,
    /** Lacks a flag the task requires (e.g. 列入经营异常名录). */
    FLAG,
    /** Visited (approved or planned) within the cool-down, by any unit under any item (避免重复抽查, issue 19 item 2). */
    COOL_DOWN
}
