package io.fairdraw.draw.domain;

import io.fairdraw.draw.protocol.ConflictPair;
import io.fairdraw.draw.protocol.Conflicts;
import io.fairdraw.draw.protocol.DrawParams;
import io.fairdraw.draw.protocol.Frame;
import io.fairdraw.draw.protocol.ProtocolException;
import io.fairdraw.draw.protocol.Roster;
import io.fairdraw.draw.protocol.RosterEntry;
import io.fairdraw.draw.protocol.StratumParams;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * The stored canonical texts turned back into protocol values, and the one text Fairdraw adds:
 * the org codes of the frame ({@code USCC,ORG_CODE\n}, sorted like the frame; stored as the org codes
 * alone, one per frame line, and rebuilt). The supervising org
 * decides eligibility under 所所交叉 (FD-DRAW-1 §2b rule 3) but is in no FD-DRAW-1 hash; hashing it
 * at announcement ({@code orgsHash}) stops a server from choosing org codes after the beacon.
 * See docs/draw-protocol-notes.md. Public for bench/draw, which times the same code path.
 */
public final class FrozenInputs {

    private FrozenInputs() {
    }

    /**
     * The frame from its stored canonical text and the org codes of its lines, read side by side
     * (no record per entity); anything not canonical means the stored snapshot was altered.
     */
    public static Frame frame(byte[] frameText, byte[] orgCodes) {
        return canonical(() -> Frame.ofCanonical(frameText, orgCodes));
    }

    /** {@link #frame}, with its frame and org hashes already computed, for an execution to check. */
    public static Frame frameWithHashes(byte[] frameText, byte[] orgCodes) {
        return canonical(() -> Frame.ofCanonicalHashed(frameText, orgCodes));
    }

    private static Frame canonical(Supplier<Frame> parse) {
        try {
            return parse.get();
        } catch (ProtocolException e) {
            throw new IllegalStateException("stored frame or org codes are not canonical: " + e.getMessage(), e);
        }
    }

    /** Inverse of {@link DrawParams#canonicalText()}. */
    public static DrawParams params(String text) {
        List<StratumParams> strata = new ArrayList<>();
        int team = 0;
        int capSlack = 0;
        boolean crossOrg = false;
        for (String line : text.split("\n")) {
            int eq = line.indexOf('=');
            String key = line.substring(0, eq);
            String value = line.substring(eq + 1);
            switch (key) {
                case "team" -> team = Integer.parseInt(value);
                case "cap_slack" -> capSlack = Integer.parseInt(value);
                case "cross_org" -> crossOrg = value.equals("1");
                default -> {
                    String[] ratio = value.split(",");
                    strata.add(new StratumParams(key, Integer.parseInt(ratio[0]), Integer.parseInt(ratio[1])));
                }
            }
        }
        return new DrawParams(strata, team, capSlack, crossOrg);
    }

    public static Roster roster(String text) {
        List<RosterEntry> entries = new ArrayList<>();
        for (String[] line : lines(text)) {
            entries.add(new RosterEntry(line[0], line[1]));
        }
        return Roster.of(entries);
    }

    public static Conflicts conflicts(String text) {
        List<ConflictPair> pairs = new ArrayList<>();
        for (String[] line : lines(text)) {
            pairs.add(new ConflictPair(line[0], line[1]));
        }
        return Conflicts.of(pairs);
    }

    private static List<String[]> lines(String text) {
        List<String[]> lines = new ArrayList<>();
        if (!text.isEmpty()) {
            for (String line : text.substring(0, text.length() - 1).split("\n", -1)) {
                lines.add(line.split(",", 2));
            }
        }
        return lines;
    }
}
