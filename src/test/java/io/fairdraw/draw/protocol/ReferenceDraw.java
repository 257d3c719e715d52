package io.fairdraw.draw.protocol;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * A deliberately naive second implementation of FD-DRAW-1, straight from the text: strings,
 * hex comparison, full sorts, no shortcuts. Property tests compare the fast implementation
 * against it.
 */
final class ReferenceDraw {

    record Failure(String uscc, String rule) {
    }

    record Result(String seed, Map<String, Integer> samples, List<String> order, Map<String, String> tickets,
                  Map<String, List<String>> teams, int cap, Failure failure) {
    }

    private ReferenceDraw() {
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(
                    MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Ceiling division written differently from the production code on purpose. */
    static long ceilDiv(long dividend, long divisor) {
        return -Math.floorDiv(-dividend, divisor);
    }

    static String sortedText(List<String> lines) {
        TreeSet<String> sorted = new TreeSet<>(lines);
        StringBuilder text = new StringBuilder();
        sorted.forEach(line -> text.append(line).append('\n'));
        return text.toString();
    }

    static Result run(String drawId, List<FrameEntry> frame, List<StratumParams> strata, int team, int capSlack,
                      boolean crossOrg, List<RosterEntry> roster, List<ConflictPair> conflicts, String beacon,
                      String secretHex) {
        List<String> frameLines = new ArrayList<>();
        frame.forEach(e -> frameLines.add(e.uscc() + "," + e.stratum()));
        TreeMap<String, StratumParams> byStratum = new TreeMap<>();
        strata.forEach(s -> byStratum.put(s.stratum(), s));
        StringBuilder params = new StringBuilder();
        byStratum.values().forEach(s -> params.append(s.stratum()).append('=').append(s.ratioBp()).append(',')
                .append(s.min()).append('\n'));
        params.append("team=").append(team).append("\ncap_slack=").append(capSlack)
                .append("\ncross_org=").append(crossOrg ? 1 : 0).append('\n');
        List<String> rosterLines = new ArrayList<>();
        roster.forEach(r -> rosterLines.add(r.inspectorId() + "," + r.orgCode()));
        List<String> conflictLines = new ArrayList<>();
        conflicts.forEach(c -> conflictLines.add(c.inspectorId() + "," + c.uscc()));
        String seed = sha256("FD-DRAW-1\n" + drawId + "\n" + sha256(sortedText(frameLines)) + "\n"
                + sha256(params.toString()) + "\n" + sha256(sortedText(rosterLines)) + "\n"
                + sha256(sortedText(conflictLines)) + "\n" + beacon + "\n" + secretHex);

        Map<String, String> tickets = new HashMap<>();
        Map<String, Integer> samples = new LinkedHashMap<>();
        List<String> selected = new ArrayList<>();
        Map<String, FrameEntry> entities = new HashMap<>();
        frame.forEach(e -> entities.put(e.uscc(), e));
        for (StratumParams s : byStratum.values()) {
            List<String> members = new ArrayList<>();
            for (FrameEntry e : frame) {
                if (e.stratum().equals(s.stratum())) {
                    members.add(e.uscc());
                    tickets.put(e.uscc(), sha256(seed + "\nE\n" + e.uscc()));
                }
            }
            members.sort(Comparator.comparing((String u) -> tickets.get(u)).thenComparing(u -> u));
            int size = members.size();
            long ceil = ceilDiv((long) size * s.ratioBp(), 10_000);
            int sample = (int) Math.min(size, Math.max(s.min(), ceil));
            samples.put(s.stratum(), sample);
            selected.addAll(members.subList(0, sample));
        }
        selected.sort(Comparator.comparing((String u) -> tickets.get(u)).thenComparing(u -> u));

        Set<String> conflictSet = new HashSet<>(conflictLines);
        int cap = roster.isEmpty() ? 0 : (int) ceilDiv((long) team * selected.size(), roster.size()) + capSlack;
        Map<String, Integer> load = new HashMap<>();
        Map<String, List<String>> teams = new LinkedHashMap<>();
        for (String uscc : selected) {
            FrameEntry entity = entities.get(uscc);
            List<RosterEntry> ranked = new ArrayList<>(roster);
            ranked.sort(Comparator.comparing((RosterEntry r) -> sha256(seed + "\nI\n" + uscc + "\n" + r.inspectorId()))
                    .thenComparing(RosterEntry::inspectorId));
            List<String> members = new ArrayList<>();
            for (RosterEntry r : ranked) {
                if (members.size() < team && !conflictSet.contains(r.inspectorId() + "," + uscc)
                        && load.getOrDefault(r.inspectorId(), 0) < cap
                        && !(crossOrg && r.orgCode().equals(entity.orgCode()))) {
                    members.add(r.inspectorId());
                }
            }
            if (members.size() < team) {
                return new Result(seed, samples, selected, tickets, teams, cap,
                        new Failure(uscc, ruleThatRanOut(entity, roster, conflictSet, load, cap, team, crossOrg)));
            }
            members.forEach(id -> load.merge(id, 1, Integer::sum));
            teams.put(uscc, members);
        }
        return new Result(seed, samples, selected, tickets, teams, cap, null);
    }

    /** The rules applied as successive filters; the first after which fewer than T remain. */
    static String ruleThatRanOut(FrameEntry entity, List<RosterEntry> roster, Set<String> conflicts,
                                 Map<String, Integer> load, int cap, int team, boolean crossOrg) {
        List<RosterEntry> remaining = new ArrayList<>(roster);
        if (remaining.size() < team) {
            return "roster";
        }
        remaining.removeIf(r -> conflicts.contains(r.inspectorId() + "," + entity.uscc()));
        if (remaining.size() < team) {
            return "conflict";
        }
        remaining.removeIf(r -> load.getOrDefault(r.inspectorId(), 0) >= cap);
        if (remaining.size() < team) {
            return "cap";
        }
        return "cross_org";
    }

    /** §3 naively: first in rank order not in the team, not out before, no conflict, other org if required. */
    static String substitute(String seed, SelectedEntity entity, List<String> team, Set<String> leftBefore,
                             List<RosterEntry> roster, Set<String> conflictLines, boolean crossOrg) {
        List<RosterEntry> ranked = new ArrayList<>(roster);
        ranked.sort(Comparator.comparing((RosterEntry r) -> sha256(seed + "\nI\n" + entity.uscc() + "\n" + r.inspectorId()))
                .thenComparing(RosterEntry::inspectorId));
        for (RosterEntry r : ranked) {
            if (!team.contains(r.inspectorId()) && !leftBefore.contains(r.inspectorId())
                    && !conflictLines.contains(r.inspectorId() + "," + entity.uscc())
                    && !(crossOrg && r.orgCode().equals(entity.orgCode()))) {
                return r.inspectorId();
            }
        }
        return null;
    }
}
