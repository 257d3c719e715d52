package io.fairdraw.draw.domain;

/**
 * FD-DRAW-1 §1: who announced and when, {@code commitment = hex(SHA-256(hex(secret)))} and the
 * declared beacon source(s) as published ({@code beaconSource}).
 */
public record Commitment(Stamp announced, String commitment, String beaconSource) {
}
