package io.fairdraw.plan;

/**
 * 不定向 (RANDOM: random over the frame, the default) or 定向 (TARGETED: a declared scope such as
 * D-class only or flagged entities, with a published reason); issue 19 item 7. A task of a
 * SPECIAL plan is shown as 专项. Labels: {@code task.type.<NAME>}.
 */
public enum TaskType {
    RANDOM, TARGETED
}
