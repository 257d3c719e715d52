package io.fairdraw.draw.domain;

/** One inspector's place in the team of one selected entity (FD-DRAW-1 §3: each slot is substituted at most once). */
public record TeamSlot(String uscc, String inspector) {
}
