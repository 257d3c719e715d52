package io.fairdraw.draw.domain;

import java.time.Instant;

/**
 * One draw's announcement row without its large texts. {@code secret}, {@code seed} and
 * {@code beacon} are null until execution (FD-DRAW-1 §4: "secret and seed only after execution");
 * {@code failureUscc} and {@code failureRule} (an {@code EligibilityRule} id) are set only when FAILED.
 */
public record DrawHeader(String drawId, long taskId, String taskRef, String taskName, String unitCode, int attempt,
                         DrawStatus status, Instant announcedAt, String announcedBy, String frameHash,
                         String orgsHash, int frameSize, String paramsHash, int teamSize, int capSlack,
                         boolean crossOrg, String rosterHash, int rosterSize, String conflictsHash,
                         String commitment, String beaconSource, String beacon, String seed, String secret,
                         Integer loadCap, Instant executedAt, String executedBy, Instant supersededAt,
                         String failureUscc, String failureRule) {

    public boolean executed() {
        return status == DrawStatus.EXECUTED;
    }

    /** FD-DRAW-1 §2b: the rules could not staff the team of {@code failureUscc}; {@code failureRule} ran out. */
    public boolean failed() {
        return status == DrawStatus.FAILED;
    }

    /** Beacon, secret and seed are public: the draw was executed or failed (§4). */
    public boolean opened() {
        return executed() || failed();
    }
}
