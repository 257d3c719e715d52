package io.fairdraw.draw.web;

import java.util.List;

/**
 * The check ids static/js/draw-verify.js reports; the page labels each with the message key
 * {@code draw.verify.check.<id>}.
 */
public final class VerifyChecks {

    public static final List<String> IDS = List.of("record", "protocol", "frameCanonical", "frameHash", "frameSize",
            "commitment", "paramsHash", "seed", "strataCoverage", "stratum", "tickets", "selection", "selectionOrder",
            "orgsCanonical", "orgsHash", "orgCodes", "rosterCanonical", "rosterHash", "rosterSize",
            "conflictsCanonical", "conflictsHash", "teams", "substitution", "failure");

    private VerifyChecks() {
    }
}
