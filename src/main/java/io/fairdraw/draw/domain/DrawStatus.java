package io.fairdraw.draw.domain;

/**
 * ANNOUNCED: inputs frozen and published, secret committed; EXECUTED: beacon entered, selection
 * published; SUPERSEDED: an announced draw replaced by a new attempt of the same task (after a
 * failure, FD-DRAW-1 §2b "announces a new draw"); it can never be executed. Labels: {@code draw.status.<NAME>}.
 */
public enum DrawStatus {
    ANNOUNCED, EXECUTED, SUPERSEDED
}
