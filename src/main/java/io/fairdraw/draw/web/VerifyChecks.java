package io.fairdraw.draw.web;

import java.util.List;
import java.util.stream.Stream;

/**
 * The check ids static/js/draw-verify.js reports, in the order it runs them; the page labels each
 * with the message key {@code draw.verify.check.<id>}. Grouped by what they check, with the section
 * of DRAW-PROTOCOL.md that defines it.
 */
public final class VerifyChecks {

    /** §4: the published record is complete and names protocol FD-DRAW-1. */
    static final List<String> RECORD = List.of("record", "protocol");
    /** §1: the canonical frame text, its hash and its size. */
    static final List<String> FRAME = List.of("frameCanonical", "frameHash", "frameSize");
    /** §1: the commitment to the secret and the params hash. */
    static final List<String> COMMITMENT = List.of("commitment", "paramsHash");
    /** §2: the seed from the announced hashes, the beacon and the secret. */
    static final List<String> SEED = List.of("seed");
    /** §2a: sample sizes per stratum, tickets, the selected entities and the selection order. */
    static final List<String> ENTITIES = List.of("strataCoverage", "stratum", "tickets", "selection",
            "selectionOrder");
    /** §1, §2b: the organisations (所所交叉), the roster and the conflict pairs (回避), canonical, hashed. */
    static final List<String> ORGS = List.of("orgsCanonical", "orgsHash", "orgCodes");
    static final List<String> ROSTER = List.of("rosterCanonical", "rosterHash", "rosterSize");
    static final List<String> CONFLICTS = List.of("conflictsCanonical", "conflictsHash");
    /** §2b, §3: the teams, the approved substitutions and, for a FAILED draw, the entity and rule that ran out. */
    static final List<String> TEAMS = List.of("teams", "substitution", "failure");

    public static final List<String> IDS = Stream.of(RECORD, FRAME, COMMITMENT, SEED, ENTITIES, ORGS, ROSTER,
            CONFLICTS, TEAMS).flatMap(List::stream).toList();

    private VerifyChecks() {
    }
}
