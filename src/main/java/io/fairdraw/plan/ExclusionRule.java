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
    /** Entity type not among the task's types. */
    ENTITY_TYPE,
    /** Status (存续/注销/吊销) not among the task's statuses. */
    STATUS,
    /** Lacks a flag the task requires (e.g. 列入经营异常名录). */
    FLAG,
    /** Inspected for one of the task's items within the cool-down (避免重复抽查). */
    COOL_DOWN
}
