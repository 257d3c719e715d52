package io.fairdraw.draw.domain;

/**
 * Which draw of which task: {@code drawId} is {@code taskRef-attempt} (FD-DRAW-1 §1 "unique,
 * stable text id"); the task's name and lead unit are frozen with the announcement.
 */
public record DrawIdentity(String drawId, long taskId, String taskRef, String taskName, String unitCode, int attempt) {
}
