package io.fairdraw.draw.domain;

import io.fairdraw.draw.protocol.ConflictPair;
import io.fairdraw.draw.protocol.Conflicts;
import io.fairdraw.draw.protocol.DrawParams;
import io.fairdraw.draw.protocol.Frame;
import io.fairdraw.draw.protocol.FrameEntry;
import io.fairdraw.draw.protocol.Roster;
import io.fairdraw.draw.protocol.RosterEntry;
import io.fairdraw.draw.protocol.Sha256;
import io.fairdraw.draw.protocol.StratumParams;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The stored canonical texts turned back into protocol values, and the one text Fairdraw adds:
 * the org codes of the frame ({@code USCC,ORG_CODE\n}, sorted like the frame). The supervising org
 * decides eligibility under 所所交叉 (FD-DRAW-1 §2b rule 3) but is in no FD-DRAW-1 hash; hashing it
 * at announcement ({@code orgsHash}) stops a server from choosing org codes after the beacon.
 * See docs/draw-protocol-notes.md. Public for bench/draw, which times the same code path.
 */
public final class FrozenInputs {

    private FrozenInputs() {
    }

    /** Canonical org text of a frame: one line per entity in USCC order, i.e. the frame's order. */
    public static byte[] orgsText(Frame frame) {
        StringBuilder text = new StringBuilder(frame.size() * 24);
        for (FrameEntry e : frame.entries()) {
            text.append(e.uscc()).append(',').append(e.orgCode()).append('\n');
        }
        return text.toString().getBytes(StandardCharsets.US_ASCII);
    }

    public static String orgsHash(byte[] orgsText) {
        return Sha256.of(orgsText);
    }

    /**
     * The frame from its canonical text and the org text, read side by side: both list the same
     * USCCs in the same order, anything else means the stored snapshot was altered.
     */
    public static Frame frame(byte[] frameText, byte[] orgsText) {
        List<FrameEntry> entries = new ArrayList<>(count(frameText));
        int f = 0;
        int o = 0;
        while (f < frameText.length) {
            int comma = indexOf(frameText, f, (byte) ',');
            int end = indexOf(frameText, comma, (byte) '\n');
            int orgComma = indexOf(orgsText, o, (byte) ',');
            int orgEnd = indexOf(orgsText, orgComma, (byte) '\n');
            String uscc = ascii(frameText, f, comma);
            if (orgComma - o != comma - f || !uscc.equals(ascii(orgsText, o, orgComma))) {
                throw new IllegalStateException("stored frame and org texts disagree at " + uscc);
            }
            entries.add(new FrameEntry(uscc, ascii(frameText, comma + 1, end), ascii(orgsText, orgComma + 1, orgEnd)));
            f = end + 1;
            o = orgEnd + 1;
        }
        if (o != orgsText.length) {
            throw new IllegalStateException("stored org text is longer than the frame");
        }
        return Frame.of(entries);
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

    private static int count(byte[] text) {
        int lines = 0;
        for (byte b : text) {
            if (b == '\n') {
                lines++;
            }
        }
        return lines;
    }

    private static int indexOf(byte[] text, int from, byte value) {
        for (int i = from; i < text.length; i++) {
            if (text[i] == value) {
                return i;
            }
        }
        throw new IllegalStateException("stored canonical text is truncated");
    }

    @SuppressWarnings("deprecation")
    private static String ascii(byte[] text, int from, int to) {
        // Canonical texts are validated ASCII; the hibyte constructor copies without decoding.
        return new String(text, 0, from, to - from);
    }
}
