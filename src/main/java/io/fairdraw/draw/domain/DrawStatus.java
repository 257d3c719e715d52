package io.fairdraw.draw.domain;

/**
 * ANNOUNCED: inputs frozen and published, secret committed; EXECUTED: beacon entered, selection
 * published; FAILED: the beacon was entered but the rules could not staff a team (FD-DRAW-1 §2b):
 * beacon, secret, seed and the entity and rule that ran out are public, there is no selection, and
 * the draw is never executed again; SUPERSEDED: an announced draw replaced by a new announcement
 * of the same task before its beacon existed; it can never be executed. Labels: {@code draw.status.<NAME>}.
 */
public enum DrawStatus {
    ANNOUNCED, EXECUTED, FAILED, SUPERSEDED
}
