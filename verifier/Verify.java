// FD-DRAW-1 verifier. Recomputes a published draw from its record and its frame and, for
// auditors, also from the roster and conflicts. One file, no dependencies, Java 17 or later:
//
//     java Verify.java record.json frame.csv [roster.csv conflicts.csv] [--orgs orgs.csv]
//
// --orgs checks the Fairdraw extension (docs/draw-protocol-notes.md): orgs.csv, the canonical
// USCC,ORG_CODE text announced as orgsHash, and every selected entity's orgCode against it.
//
// Exit code 0: every check passed; 1: some check failed; 2: usage error or unreadable input.
// It repeats the maths of DRAW-PROTOCOL.md on purpose, so that anyone can read the whole
// verification in this file and compare it with the published rules line by line.

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.*;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

public class Verify {

    static int passed;
    static int failed;

    // A large input (frame.csv, orgs.csv) read, split into lines and hashed on other cores while the
    // record is parsed: reading a 20 MB file into new memory alone takes a few hundred milliseconds.
    static final class Text {
        final CompletableFuture<byte[]> bytes;
        final CompletableFuture<Lines> lines;
        final CompletableFuture<String> hash;

        Text(String file) {
            bytes = CompletableFuture.supplyAsync(() -> {
                try {
                    return Files.readAllBytes(Path.of(file));
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
            lines = bytes.thenApplyAsync(content -> new Lines(content).parse());
            hash = bytes.thenApplyAsync(Verify::sha256);
        }

        // Exit 2, as for any unreadable input, unless the file could be read.
        void requireReadable() {
            try {
                bytes.join();
            } catch (CompletionException e) {
                if (!(e.getCause() instanceof java.io.UncheckedIOException unreadable)) {
                    throw e;
                }
                System.err.println("cannot read " + unreadable.getCause().getMessage());
                System.exit(2);
            }
        }
    }

    public static void main(String[] args) throws Exception {
        List<String> files = new ArrayList<>(List.of(args));
        String orgsFile = null;
        int orgsFlag = files.indexOf("--orgs");
        if (orgsFlag >= 0 && orgsFlag + 1 < files.size()) {
            orgsFile = files.remove(orgsFlag + 1);
            files.remove(orgsFlag);
        }
        if (files.size() != 2 && files.size() != 4 || files.contains("--orgs")) {
            System.err.println("usage: java Verify.java record.json frame.csv [roster.csv conflicts.csv] [--orgs orgs.csv]");
            System.exit(2);
        }
        args = files.toArray(new String[0]);
        Text frame = new Text(args[1]);
        Text orgs = orgsFile == null ? null : new Text(orgsFile);
        Object record = null;
        String badJson = null;
        byte[] roster = null;
        byte[] conflicts = null;
        try {
            String recordText = Files.readString(Path.of(args[0]), StandardCharsets.UTF_8);
            if (args.length == 4) {
                roster = Files.readAllBytes(Path.of(args[2]));
                conflicts = Files.readAllBytes(Path.of(args[3]));
            }
            record = new Json(recordText).parseDocument();
            if (!(record instanceof Map)) {
                throw new IllegalArgumentException("the top level is not an object");
            }
        } catch (IOException e) {
            System.err.println("cannot read " + e.getMessage());
            System.exit(2);
            return;
        } catch (IllegalArgumentException e) {
            badJson = e.getMessage();
        }
        // An unreadable file is reported before a malformed record, as when everything was read first.
        frame.requireReadable();
        if (orgs != null) {
            orgs.requireReadable();
        }
        if (badJson != null) {
            System.err.println("record.json is not valid JSON: " + badJson);
            System.exit(2);
            return;
        }
        try {
            verify(record, frame, roster, conflicts, orgs);
            if (orgs != null) {
                verifyOrgs(record, frame.lines.join(), orgs);
            }
        } catch (BadRecord e) {
            fail("record format: " + e.getMessage());
        }
        System.out.println(failed == 0
                ? "VERIFIED: all " + passed + " checks passed"
                : "NOT VERIFIED: " + failed + " of " + (passed + failed) + " checks failed");
        System.exit(failed == 0 ? 0 : 1);
    }

    static void verify(Object record, Text frameText, byte[] rosterBytes, byte[] conflictsBytes, Text orgs) throws Exception {
        byte[] frameBytes = frameText.bytes.join();
        Lines frame = frameText.lines.join();
        String protocol = text(record, "protocol");
        check(protocol.equals("FD-DRAW-1"), "protocol is FD-DRAW-1", "protocol: expected FD-DRAW-1 got " + protocol);

        // Section 1: the frame is the published canonical text; its hash was announced.
        String problem = frame.problem;
        check(problem == null, "frame.csv is canonical (" + frame.size() + " lines USCC,STRATUM, sorted, LF)",
                "frame.csv is not canonical: " + problem);
        String frameHash = frameText.hash.join();
        check(frameHash.equals(text(record, "frameHash")), "frame hash matches (" + frame.size() + " entities)",
                "frame hash: expected " + text(record, "frameHash") + " got " + frameHash);
        check(frame.size() == number(record, "frameSize"), "frame size is " + frame.size(),
                "frame size: record says " + number(record, "frameSize") + ", frame.csv has " + frame.size());

        // Section 1: commitment = hex(SHA-256(hex(secret))).
        String secret = text(record, "secret");
        String commitment = sha256(secret);
        check(commitment.equals(text(record, "commitment")), "secret opens the commitment",
                "commitment: expected " + text(record, "commitment") + " got SHA-256(secret) = " + commitment);

        // Section 1: params text = sorted STRATUM=r_s,m_s lines, then team, cap_slack, cross_org.
        TreeMap<String, Object> strata = new TreeMap<>();
        for (Object stratum : list(record, "strata")) {
            strata.put(text(stratum, "stratum"), stratum);
        }
        long team = number(record, "team");
        StringBuilder params = new StringBuilder();
        for (Object s : strata.values()) {
            params.append(text(s, "stratum")).append('=').append(number(s, "ratioBp")).append(',')
                    .append(number(s, "min")).append('\n');
        }
        params.append("team=").append(team).append("\ncap_slack=").append(number(record, "capSlack"))
                .append("\ncross_org=").append(bool(record, "crossOrg") ? 1 : 0).append('\n');
        String paramsHash = sha256(params.toString());
        check(paramsHash.equals(text(record, "paramsHash")), "params hash matches",
                "params hash: expected " + text(record, "paramsHash") + " got " + paramsHash);

        // Section 2: the seed binds the draw id, every announced hash, the beacon and the secret.
        String seed = sha256("FD-DRAW-1\n" + text(record, "drawId") + "\n" + text(record, "frameHash") + "\n"
                + text(record, "paramsHash") + "\n" + text(record, "rosterHash") + "\n"
                + text(record, "conflictsHash") + "\n" + text(record, "beacon") + "\n" + secret);
        check(seed.equals(text(record, "seed")), "seed matches", "seed: expected " + text(record, "seed") + " got " + seed);

        // Section 2a: per stratum, ticket ascending (ties by USCC), the first n_s are selected.
        boolean failedDraw = "FAILED".equals(((Map<?, ?>) record).get("status"));
        List<Object> selected = selectedOf(record);
        // Section 2b needs only the seed, the selected entities and the roster: its ranks (8.4 million
        // for a million-entity frame) are hashed on other cores while section 2a is checked here.
        RosterFiles rosterFiles = rosterBytes == null ? null : RosterFiles.read(rosterBytes, conflictsBytes);
        CompletableFuture<Redrawn> redrawn = rosterFiles == null || failedDraw ? null
                : CompletableFuture.supplyAsync(() -> redrawTeams(record, seed, selected, rosterFiles, team));
        List<String> names = new ArrayList<>();
        int[] stratumOfLine = new int[frame.size()];
        Map<String, int[]> byStratum = membersByStratum(frame, names, stratumOfLine);
        Map<String, String> stratumOf = strataOfSelected(frame, names, stratumOfLine, selected);
        // Every entity's ticket, hashed on every core; only its first 8 bytes are kept here (see below).
        long[] ticketKeys = new long[frame.size()];
        byte[] ticketPrefix = (seed + "\nE\n").getBytes(StandardCharsets.UTF_8);
        inParallel(frame.size(), (from, to) -> {
            Hasher hasher = new Hasher(ticketPrefix);
            for (int i = from; i < to; i++) {
                ticketKeys[i] = hasher.key(frameBytes, frame.start[i], frame.comma[i]);
            }
        });
        Set<String> withoutRatio = new TreeSet<>(byStratum.keySet());
        withoutRatio.removeAll(strata.keySet());
        check(withoutRatio.isEmpty(), "every stratum of the frame has a ratio " + byStratum.keySet(),
                "strata " + withoutRatio + " occur in the frame but have no ratio in the record");
        List<String[]> expectedOrder = new ArrayList<>(); // {ticket, uscc, stratum}
        for (Object s : strata.values()) {
            String name = text(s, "stratum");
            int[] members = byStratum.getOrDefault(name, new int[0]);
            long size = members.length;
            long ratio = number(s, "ratioBp");
            long min = number(s, "min");
            long sample = Math.min(size, Math.max(min, (size * ratio + 9999) / 10000));
            long published = selected.stream().filter(e -> text(e, "stratum").equals(name)).count();
            String formula = "min(" + size + ", max(" + min + ", ceil(" + size + "*" + ratio + "/10000))) = " + sample;
            check(number(s, "size") == size && number(s, "sample") == sample && (failedDraw || published == sample),
                    "stratum " + name + ": " + size + " entities, sample " + formula,
                    "stratum " + name + ": expected size " + size + " and sample " + formula + ", record says size "
                            + number(s, "size") + " sample " + number(s, "sample") + " with " + published + " selected");
            expectedOrder.addAll(firstByTicket(seed, frame, name, members, ticketKeys, (int) sample));
        }
        if (failedDraw) {
            // A FAILED draw publishes no selection: section 2b is re-run on the selection order recomputed here.
            expectedOrder.sort(TICKET_ORDER);
            for (String[] e : expectedOrder) {
                selected.add(Map.of("uscc", e[1], "inspectors", List.of(),
                        "orgCode", orgs == null ? "" : orgs.lines.join().second(frame.find(e[1]))));
            }
        } else {
            checkTickets(seed, selected, stratumOf);
            checkSelection(strata.keySet(), expectedOrder, selected);
        }

        if (rosterBytes == null || failedDraw && orgs == null && bool(record, "crossOrg")) {
            System.out.println("SKIP teams and substitutions: give roster.csv and conflicts.csv (and --orgs orgs.csv for a"
                    + " failed cross-office draw) to re-run section 2b");
            return;
        }
        Redrawn teams;
        try {
            teams = failedDraw ? redrawTeams(record, seed, selected, rosterFiles, team) : redrawn.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : e;   // a BadRecord is reported as such
        }
        verifyTeams(record, seed, selected, rosterFiles, teams, team);
    }

    // Frame line numbers per stratum (TreeMap: by name). The stratum of a line is looked up among the
    // few names seen so far (a million-line frame is not split into strings); stratumOfLine gets
    // each line's index in names. Loops over the frame are methods of their own: the JIT compiles a
    // small method quickly, a whole long verify() again for each of its hot loops.
    static Map<String, int[]> membersByStratum(Lines frame, List<String> names, int[] stratumOfLine) {
        int[] counts = new int[8];
        for (int i = 0; i < frame.size(); i++) {
            int s = frame.secondIndex(i, names);
            if (s == counts.length) {
                counts = Arrays.copyOf(counts, 2 * s);
            }
            stratumOfLine[i] = s;
            counts[s]++;
        }
        Map<String, int[]> byStratum = new TreeMap<>();
        for (int s = 0; s < names.size(); s++) {
            byStratum.put(names.get(s), new int[counts[s]]);
            counts[s] = 0;
        }
        for (int i = 0; i < frame.size(); i++) {
            int s = stratumOfLine[i];
            byStratum.get(names.get(s))[counts[s]++] = i;
        }
        return byStratum;
    }

    // The first `sample` members of a stratum as {ticket, uscc, stratum}, ticket ascending, ties by USCC.
    // Tickets are compared by their first 8 bytes (see key: hex order) to find the sample-th smallest;
    // only entities at or below it can be among the first, and those few are ordered by their whole
    // hex ticket.
    static List<String[]> firstByTicket(String seed, Lines frame, String name, int[] members, long[] ticketKeys,
                                        int sample) {
        List<String[]> ranked = new ArrayList<>();
        if (sample > 0) {
            long[] keys = new long[members.length];
            for (int j = 0; j < keys.length; j++) {
                keys[j] = ticketKeys[members[j]];
            }
            Arrays.parallelSort(keys);
            long threshold = keys[sample - 1];
            for (int line : members) {
                if (ticketKeys[line] <= threshold) {
                    ranked.add(new String[] {sha256(seed + "\nE\n" + frame.first(line)), frame.first(line), name});
                }
            }
        }
        ranked.sort(TICKET_ORDER);
        return ranked.subList(0, sample);
    }

    // The stratum of the selected entities only: the frame is sorted, so each is found by binary search.
    static Map<String, String> strataOfSelected(Lines frame, List<String> names, int[] stratumOfLine, List<Object> selected) {
        Map<String, String> stratumOf = new HashMap<>();
        for (Object e : selected) {
            String uscc = text(e, "uscc");
            int line = frame.find(uscc);
            if (line >= 0) {
                stratumOf.put(uscc, names.get(stratumOfLine[line]));
            }
        }
        return stratumOf;
    }

    // Per stratum the selected set is the expected one, and all of them are in ticket order.
    static void checkSelection(Set<String> strata, List<String[]> expectedOrder, List<Object> selected) {
        for (String name : strata) {
            SortedSet<String> expected = new TreeSet<>();
            expectedOrder.stream().filter(e -> e[2].equals(name)).forEach(e -> expected.add(e[1]));
            SortedSet<String> actual = new TreeSet<>();
            selected.stream().filter(e -> text(e, "stratum").equals(name)).forEach(e -> actual.add(text(e, "uscc")));
            SortedSet<String> missing = new TreeSet<>(expected);
            missing.removeAll(actual);
            SortedSet<String> extra = new TreeSet<>(actual);
            extra.removeAll(expected);
            check(missing.isEmpty() && extra.isEmpty(), "stratum " + name + ": the selected set is the first " + expected.size() + " by ticket",
                    "selection in stratum " + name + ": missing " + first(missing) + ", not entitled " + first(extra));
        }
        expectedOrder.sort(TICKET_ORDER);
        List<String> expectedUsccs = new ArrayList<>();
        expectedOrder.forEach(e -> expectedUsccs.add(e[1]));
        List<String> actualUsccs = new ArrayList<>();
        selected.forEach(e -> actualUsccs.add(text(e, "uscc")));
        int position = 0;
        while (position < Math.min(expectedUsccs.size(), actualUsccs.size())
                && expectedUsccs.get(position).equals(actualUsccs.get(position))) {
            position++;
        }
        check(expectedUsccs.equals(actualUsccs), "selection order is ticket ascending",
                "selection order: at position " + (position + 1) + " expected "
                        + (position < expectedUsccs.size() ? expectedUsccs.get(position) : "the end")
                        + " got " + (position < actualUsccs.size() ? actualUsccs.get(position) : "the end"));
    }

    // Every published ticket is SHA-256(seed + "\nE\n" + uscc) of an entity in the frame with that stratum.
    static void checkTickets(String seed, List<Object> selected, Map<String, String> stratumOf) {
        int badTickets = 0;
        String firstBadTicket = null;
        for (Object entity : selected) {
            String uscc = text(entity, "uscc");
            String ticket = sha256(seed + "\nE\n" + uscc);
            boolean inFrame = text(entity, "stratum").equals(stratumOf.get(uscc));
            if (!ticket.equals(text(entity, "ticket")) || !inFrame) {
                badTickets++;
                if (firstBadTicket == null) {
                    firstBadTicket = inFrame ? "ticket of " + uscc + ": expected " + ticket + " got " + text(entity, "ticket")
                            : uscc + " is not in the frame with stratum " + text(entity, "stratum");
                }
            }
        }
        check(badTickets == 0, "every ticket matches (" + selected.size() + " selected entities)",
                firstBadTicket + (badTickets > 1 ? " (and " + (badTickets - 1) + " more)" : ""));
    }

    // Section 2b and section 3: re-draw every team and every substitute from the roster and conflicts.
    static void verifyTeams(Object record, String seed, List<Object> selected, RosterFiles files, Redrawn redrawn,
                            long team) throws Exception {
        List<String[]> roster = files.roster();
        byte[][] rosterIds = files.ids();
        check(files.rosterProblem() == null, "roster.csv is canonical", "roster.csv is not canonical: " + files.rosterProblem());
        String rosterHash = sha256(files.rosterBytes());
        check(rosterHash.equals(text(record, "rosterHash")), "roster hash matches (" + roster.size() + " inspectors)",
                "roster hash: expected " + text(record, "rosterHash") + " got " + rosterHash);
        check(roster.size() == number(record, "rosterSize"), "roster size is " + roster.size(),
                "roster size: record says " + number(record, "rosterSize") + ", roster.csv has " + roster.size());
        check(files.conflictsProblem() == null, "conflicts.csv is canonical",
                "conflicts.csv is not canonical: " + files.conflictsProblem());
        String conflictsHash = sha256(files.conflictsBytes());
        check(conflictsHash.equals(text(record, "conflictsHash")),
                "conflicts hash matches (" + files.conflictLines().size() + " pairs)",
                "conflicts hash: expected " + text(record, "conflictsHash") + " got " + conflictsHash);
        Set<String> conflicts = files.conflicts();
        boolean crossOrg = bool(record, "crossOrg");
        if ("FAILED".equals(((Map<?, ?>) record).get("status"))) {
            Object failure = field(record, "failure", Map.class);
            String claimed = "entity " + text(failure, "uscc") + " rule " + text(failure, "rule");
            check(claimed.equals(redrawn.exhausted()), "the draw fails as published: " + claimed + " runs out",
                    "failure: the record says " + claimed + ", re-running section 2b gives "
                            + (redrawn.exhausted() == null ? "no failure, every team can be staffed" : redrawn.exhausted()));
            return;
        }
        check(redrawn.bad() == 0, "every team re-drawn identically (" + selected.size() + " teams of " + team + ", cap "
                + redrawn.cap() + ")", redrawn.firstBad() + (redrawn.bad() > 1 ? " (and " + (redrawn.bad() - 1) + " more)" : ""));
        Map<String, List<String>> teams = redrawn.teams();
        Map<String, String> orgOf = redrawn.orgOf();

        // Section 3: the substitute is the next eligible in rank order, skipping the team (and anyone
        // already substituted out of it); cap ignored, conflicts and cross-office still apply.
        List<Object> substitutions = ((Map<?, ?>) record).containsKey("substitutions") ? list(record, "substitutions") : List.of();
        Map<String, Set<String>> left = new HashMap<>();
        int number = 0;
        for (Object substitution : substitutions) {
            number++;
            String uscc = text(substitution, "uscc");
            String out = text(substitution, "out");
            String in = text(substitution, "in");
            List<String> current = teams.get(uscc);
            if (current == null || !current.contains(out)) {
                fail("substitution " + number + ": " + out + " is not in the team of " + uscc);
                continue;
            }
            Set<String> skip = left.computeIfAbsent(uscc, u -> new HashSet<>());
            skip.add(out);
            String expected = null;
            Ranking ranking = new Ranking(seed, uscc, roster, rosterIds, crossOrg ? orgOf.get(uscc) : null);
            for (int i = ranking.next(); i >= 0; i = ranking.next()) {
                String[] inspector = roster.get(i);
                if (!current.contains(inspector[0]) && !skip.contains(inspector[0])
                        && !conflicts.contains(inspector[0] + "," + uscc)
                        && !(crossOrg && inspector[1].equals(orgOf.get(uscc)))) {
                    expected = inspector[0];
                    break;
                }
            }
            check(in.equals(expected), "substitution " + number + " on " + uscc + ": " + out + " -> " + in + " is the next eligible",
                    "substitution " + number + " on " + uscc + ": expected " + expected + " got " + in);
            current.set(current.indexOf(out), in);
        }
        if (substitutions.isEmpty()) {
            System.out.println("OK   no substitutions");
        }
    }

    // roster.csv and conflicts.csv as read: their lines, whether each is canonical, the ids as bytes
    // (hashed for every rank) and the conflict pairs as "INSPECTOR_ID,USCC".
    record RosterFiles(byte[] rosterBytes, List<String[]> roster, String rosterProblem, byte[][] ids,
                       byte[] conflictsBytes, List<String[]> conflictLines, String conflictsProblem, Set<String> conflicts) {

        static RosterFiles read(byte[] rosterBytes, byte[] conflictsBytes) {
            List<String[]> roster = new ArrayList<>();
            String rosterProblem = readLines(rosterBytes, roster);
            byte[][] ids = new byte[roster.size()][];
            for (int i = 0; i < ids.length; i++) {
                ids[i] = roster.get(i)[0].getBytes(StandardCharsets.UTF_8);
            }
            List<String[]> conflictLines = new ArrayList<>();
            String conflictsProblem = readLines(conflictsBytes, conflictLines);
            Set<String> conflicts = new HashSet<>();
            conflictLines.forEach(line -> conflicts.add(line[0] + "," + line[1]));
            return new RosterFiles(rosterBytes, roster, rosterProblem, ids, conflictsBytes, conflictLines,
                    conflictsProblem, conflicts);
        }
    }

    // Section 2b re-drawn: each entity's published team (kept for section 3), its org code, the cap, and
    // how many teams differ from the re-drawn ones (with the first difference).
    record Redrawn(Map<String, List<String>> teams, Map<String, String> orgOf, long cap, int bad, String firstBad,
                   String exhausted) {
    }

    // Section 2b: the teams re-drawn in selection order. It needs only the seed, the record and the
    // roster, so it runs on other cores while section 2a is checked (see verify), and it prints
    // nothing: verifyTeams reports in order. A method of its own so that the JIT compiles this loop
    // alone (see membersByStratum).
    static Redrawn redrawTeams(Object record, String seed, List<Object> selected, RosterFiles files, long team) {
        List<String[]> roster = files.roster();
        byte[][] rosterIds = files.ids();
        Set<String> conflicts = files.conflicts();
        boolean crossOrg = bool(record, "crossOrg");
        // cap = ceil(slots / roster_size) + K, slots = T * number of selected entities.
        long slots = team * selected.size();
        long cap = roster.isEmpty() ? 0 : (slots + roster.size() - 1) / roster.size() + number(record, "capSlack");
        Map<String, String> orgOf = new HashMap<>();
        int[] load = new int[roster.size()];
        Map<String, List<String>> teams = new HashMap<>();
        int bad = 0;
        String firstBad = null;
        String exhausted = null; // "entity USCC rule RULE" of the first entity with fewer than T eligible
        // Ranks do not depend on loads: they are computed on every core, a batch of entities at a time.
        List<Ranking> rankings = List.of();
        for (int k = 0; k < selected.size(); k++) {
            if (k % 1000 == 0) {
                rankings = selected.subList(k, Math.min(k + 1000, selected.size())).parallelStream()
                        .map(e -> new Ranking(seed, text(e, "uscc"), roster, rosterIds, crossOrg ? text(e, "orgCode") : null))
                        .toList();
            }
            Object entity = selected.get(k);
            String uscc = text(entity, "uscc");
            String org = text(entity, "orgCode");
            orgOf.put(uscc, org);
            List<String> expected = new ArrayList<>();
            List<Integer> taken = new ArrayList<>();
            Ranking ranking = rankings.get(k % 1000);
            for (int i = ranking.next(); i >= 0 && expected.size() < team; i = ranking.next()) {
                String[] inspector = roster.get(i);
                boolean eligible = !conflicts.contains(inspector[0] + "," + uscc)
                        && load[i] < cap
                        && !(crossOrg && inspector[1].equals(org));
                if (eligible) {
                    expected.add(inspector[0]);
                    taken.add(i);
                }
            }
            List<String> actual = new ArrayList<>();
            list(entity, "inspectors").forEach(id -> actual.add(String.valueOf(id)));
            if (expected.size() < team) {
                exhausted = exhausted != null ? exhausted
                        : "entity " + uscc + " rule " + ruleThatRanOut(roster, conflicts, load, cap, uscc, team);
                bad++;
                firstBad = firstBad != null ? firstBad : "team of " + uscc + ": only " + expected.size()
                        + " eligible inspectors, the draw should have failed, record shows " + actual;
            } else if (!expected.equals(actual)) {
                bad++;
                firstBad = firstBad != null ? firstBad : "team of " + uscc + ": expected " + expected + " got " + actual;
            }
            taken.forEach(i -> load[i]++);
            teams.put(uscc, actual);
        }
        return new Redrawn(teams, orgOf, cap, bad, firstBad, exhausted);
    }

    // Section 2b: the first rule after which fewer than T inspectors remain, applied in order over
    // the whole roster: roster, conflict, cap, cross_org.
    static String ruleThatRanOut(List<String[]> roster, Set<String> conflicts, int[] load, long cap, String uscc,
                                 long team) {
        int free = 0;
        int belowCap = 0;
        for (int i = 0; i < roster.size(); i++) {
            if (!conflicts.contains(roster.get(i)[0] + "," + uscc)) {
                free++;
                belowCap += load[i] < cap ? 1 : 0;
            }
        }
        return roster.size() < team ? "roster" : free < team ? "conflict" : belowCap < team ? "cap" : "cross_org";
    }

    // The published selection; a FAILED draw publishes none (section 2b).
    static List<Object> selectedOf(Object record) {
        return "FAILED".equals(((Map<?, ?>) record).get("status")) ? new ArrayList<>() : list(record, "selected");
    }

    // Fairdraw extension: orgs.csv lists every frame entity's supervising org code (USCC,ORG_CODE,
    // same canonical rules, same USCC order as the frame); its hash orgsHash was announced, so the
    // org codes that decide the cross-office rule were fixed before the beacon.
    static void verifyOrgs(Object record, Lines frame, Text orgsText) throws Exception {
        Lines orgs = orgsText.lines.join();
        String problem = orgs.problem;
        check(problem == null, "orgs.csv is canonical (" + orgs.size() + " lines USCC,ORG_CODE)",
                "orgs.csv is not canonical: " + problem);
        String orgsHash = orgsText.hash.join();
        check(orgsHash.equals(text(record, "orgsHash")), "orgs hash matches",
                "orgs hash: expected " + text(record, "orgsHash") + " got " + orgsHash);
        int position = 0;
        while (position < Math.min(frame.size(), orgs.size()) && frame.sameFirst(position, orgs)) {
            position++;
        }
        Map<String, String> orgOf = new HashMap<>(); // of the selected entities only, found by binary search
        for (Object entity : selectedOf(record)) {
            String uscc = text(entity, "uscc");
            int line = frame.find(uscc);
            if (line >= 0 && line < position) {
                orgOf.put(uscc, orgs.second(line));
            }
        }
        check(position == frame.size() && position == orgs.size(), "orgs.csv lists exactly the frame's entities",
                "orgs.csv and frame.csv differ at line " + (position + 1));
        int bad = 0;
        String firstBad = null;
        for (Object entity : selectedOf(record)) {
            String uscc = text(entity, "uscc");
            String org = text(entity, "orgCode");
            if (!org.equals(orgOf.get(uscc))) {
                bad++;
                firstBad = firstBad != null ? firstBad
                        : "org code of " + uscc + ": orgs.csv says " + orgOf.get(uscc) + ", record says " + org;
            }
        }
        check(bad == 0, "every selected entity's org code is the announced one",
                firstBad + (bad > 1 ? " (and " + (bad - 1) + " more)" : ""));
    }

    // rank(e, i) = hex(SHA-256(seed + "\nI\n" + uscc + "\n" + inspector_id)), ascending; ties by id.
    // next() hands out roster positions in that order, one at a time: a team needs only the first few.
    // Ranks are compared by their first 8 bytes (see key: hex order); equal prefixes fall back to the
    // whole hex rank, then the id.
    static class Ranking {
        final String seed;
        final String uscc;
        final List<String[]> roster;
        final long[] keys;
        final boolean[] handedOut;

        // Inspectors of skipOrg (the entity's org under cross-office) can never be taken for this
        // entity, so they are left out: their ranks are not computed, next() never hands them out.
        Ranking(String seed, String uscc, List<String[]> roster, byte[][] rosterIds, String skipOrg) {
            this.seed = seed;
            this.uscc = uscc;
            this.roster = roster;
            this.keys = new long[roster.size()];
            this.handedOut = new boolean[roster.size()];
            Hasher hasher = HASHER.get();
            hasher.prefix((seed + "\nI\n" + uscc + "\n").getBytes(StandardCharsets.UTF_8));
            for (int i = 0; i < keys.length; i++) {
                if (roster.get(i)[1].equals(skipOrg)) {
                    handedOut[i] = true;
                } else {
                    keys[i] = hasher.key(rosterIds[i], 0, rosterIds[i].length);
                }
            }
        }

        int next() {
            int best = -1;
            for (int i = 0; i < keys.length; i++) {
                if (!handedOut[i] && (best < 0 || before(i, best))) {
                    best = i;
                }
            }
            if (best >= 0) {
                handedOut[best] = true;
            }
            return best;
        }

        boolean before(int a, int b) {
            if (keys[a] != keys[b]) {
                return keys[a] < keys[b];
            }
            String rankA = sha256(seed + "\nI\n" + uscc + "\n" + roster.get(a)[0]);
            String rankB = sha256(seed + "\nI\n" + uscc + "\n" + roster.get(b)[0]);
            return rankA.equals(rankB) ? roster.get(a)[0].compareTo(roster.get(b)[0]) < 0 : rankA.compareTo(rankB) < 0;
        }

    }

    // A canonical two-field text read in place (a million-line frame is not split into strings):
    // the same rules as readLines below, with line i's fields at bytes [start, comma) and (comma, end).
    static class Lines {
        final byte[] bytes;
        int[] start = new int[1024];
        int[] comma = new int[1024];
        int[] end = new int[1024];
        int size;
        String problem;
        boolean firstSorted = true;

        Lines(byte[] bytes) {
            this.bytes = bytes;
        }

        Lines parse() {
            if (bytes.length > 0 && bytes[bytes.length - 1] != '\n') {
                problem = "the last line is not terminated by LF";
                return this;
            }
            int at = 0;
            while (at < bytes.length) {
                int lineEnd = at;
                int commas = 0;
                int firstComma = -1;
                boolean cr = false;
                for (; bytes[lineEnd] != '\n'; lineEnd++) {
                    if (bytes[lineEnd] == ',') {
                        commas++;
                        firstComma = firstComma < 0 ? lineEnd : firstComma;
                    }
                    cr |= bytes[lineEnd] == '\r';
                }
                int number = size + 1;
                if (cr || commas != 1 || firstComma == at || firstComma == lineEnd - 1) {
                    problem = "line " + number + " is not two non-empty fields separated by one comma: " + text(at, lineEnd);
                    return this;
                }
                firstSorted &= size == 0
                        || Arrays.compareUnsigned(bytes, start[size - 1], comma[size - 1], bytes, at, firstComma) < 0;
                if (size > 0 && Arrays.compareUnsigned(bytes, start[size - 1], end[size - 1], bytes, at, lineEnd) >= 0) {
                    problem = "line " + number + " is not after line " + (number - 1) + " in byte order: " + text(at, lineEnd);
                    return this;
                }
                if (size == start.length) {
                    start = Arrays.copyOf(start, 2 * size);
                    comma = Arrays.copyOf(comma, 2 * size);
                    end = Arrays.copyOf(end, 2 * size);
                }
                start[size] = at;
                comma[size] = firstComma;
                end[size] = lineEnd;
                size++;
                at = lineEnd + 1;
            }
            return this;
        }

        int size() {
            return size;
        }

        String first(int i) {
            return text(start[i], comma[i]);
        }

        String second(int i) {
            return text(comma[i] + 1, end[i]);
        }

        // The line whose first field is key, or -1: binary search when the lines are sorted by first
        // field (as the lines of a canonical text of codes are), else a plain scan.
        int find(String key) {
            byte[] wanted = key.getBytes(StandardCharsets.UTF_8);
            if (!firstSorted) {
                for (int i = 0; i < size; i++) {
                    if (Arrays.equals(bytes, start[i], comma[i], wanted, 0, wanted.length)) {
                        return i;
                    }
                }
                return -1;
            }
            int low = 0;
            int high = size - 1;
            while (low <= high) {
                int middle = (low + high) >>> 1;
                int c = Arrays.compareUnsigned(bytes, start[middle], comma[middle], wanted, 0, wanted.length);
                if (c == 0) {
                    return middle;
                }
                if (c < 0) {
                    low = middle + 1;
                } else {
                    high = middle - 1;
                }
            }
            return -1;
        }

        // The index in names of line i's second field, which is added to names when new.
        final List<byte[]> nameBytes = new ArrayList<>();

        int secondIndex(int i, List<String> names) {
            int from = comma[i] + 1;
            for (int k = 0; k < nameBytes.size(); k++) {
                byte[] name = nameBytes.get(k);
                if (Arrays.equals(bytes, from, end[i], name, 0, name.length)) {
                    return k;
                }
            }
            names.add(second(i));
            nameBytes.add(Arrays.copyOfRange(bytes, from, end[i]));
            return names.size() - 1;
        }

        boolean sameFirst(int i, Lines other) {
            return Arrays.equals(bytes, start[i], comma[i], other.bytes, other.start[i], other.comma[i]);
        }

        String text(int from, int to) {
            return new String(bytes, from, to - from, StandardCharsets.UTF_8);
        }
    }

    // The first 8 bytes of a hash as a number that orders as the hex texts do: big-endian, with the
    // top bit flipped so that Java's signed comparison (and Arrays.sort) is the unsigned byte order.
    static long key(byte[] hash) {
        long key = 0;
        for (int i = 0; i < 8; i++) {
            key = (key << 8) | (hash[i] & 0xff);
        }
        return key ^ Long.MIN_VALUE;
    }

    // key(SHA-256(prefix + bytes[from, to))) for millions of tickets and ranks: the prefix stays in a
    // buffer, each hash copies its suffix behind it, nothing is allocated. One per thread.
    static class Hasher {
        final MessageDigest digest = newDigest();
        final byte[] hash = new byte[32];
        byte[] buffer = new byte[256];
        int prefixLength;

        Hasher(byte[] prefix) {
            prefix(prefix);
        }

        void prefix(byte[] prefix) {
            if (buffer.length < prefix.length + 64) {
                buffer = new byte[2 * (prefix.length + 64)];
            }
            System.arraycopy(prefix, 0, buffer, 0, prefix.length);
            prefixLength = prefix.length;
        }

        long key(byte[] bytes, int from, int to) {
            int length = prefixLength + to - from;
            if (buffer.length < length) {
                buffer = Arrays.copyOf(buffer, 2 * length);
            }
            System.arraycopy(bytes, from, buffer, prefixLength, to - from);
            digest.update(buffer, 0, length);
            try {
                digest.digest(hash, 0, hash.length);
            } catch (java.security.DigestException e) {
                throw new IllegalStateException(e);
            }
            return Verify.key(hash);
        }
    }

    static final ThreadLocal<Hasher> HASHER = ThreadLocal.withInitial(() -> new Hasher(new byte[0]));

    interface Range {
        void run(int from, int to);
    }

    // Splits [0, size) into chunks run on every core; each index writes only its own slot.
    static void inParallel(int size, Range task) {
        int chunks = (int) Math.max(1, Math.min(8L * Runtime.getRuntime().availableProcessors(), size / 4096));
        java.util.stream.IntStream.range(0, chunks).parallel().forEach(c ->
                task.run((int) ((long) c * size / chunks), (int) ((long) (c + 1) * size / chunks)));
    }

    // Ticket ascending (lowercase hex order = unsigned byte order), ties by USCC.
    static final Comparator<String[]> TICKET_ORDER = (a, b) -> a[0].equals(b[0]) ? a[1].compareTo(b[1]) : a[0].compareTo(b[0]);

    // Canonical two-field text: LF-terminated lines "a,b", sorted by byte order, no line twice.
    static String readLines(byte[] bytes, List<String[]> into) {
        String text = new String(bytes, StandardCharsets.UTF_8);
        if (text.isEmpty()) {
            return null;
        }
        if (!text.endsWith("\n")) {
            return "the last line is not terminated by LF";
        }
        byte[] previous = null;
        int number = 0;
        for (String line : text.substring(0, text.length() - 1).split("\n", -1)) {
            number++;
            String[] fields = line.split(",", -1);
            if (line.indexOf('\r') >= 0 || fields.length != 2 || fields[0].isEmpty() || fields[1].isEmpty()) {
                return "line " + number + " is not two non-empty fields separated by one comma: " + line;
            }
            byte[] current = line.getBytes(StandardCharsets.UTF_8);
            if (previous != null && Arrays.compareUnsigned(previous, current) >= 0) {
                return "line " + number + " is not after line " + (number - 1) + " in byte order: " + line;
            }
            previous = current;
            into.add(fields);
        }
        return null;
    }

    static String first(SortedSet<String> values) {
        List<String> shown = new ArrayList<>(values).subList(0, Math.min(5, values.size()));
        return shown + (values.size() > 5 ? " and " + (values.size() - 5) + " more" : "");
    }

    static void check(boolean ok, String success, String failure) {
        if (ok) {
            passed++;
            System.out.println("OK   " + success);
        } else {
            fail(failure);
        }
    }

    static void fail(String failure) {
        failed++;
        System.out.println("FAIL " + failure);
    }

    static String sha256(String text) {
        return sha256(text.getBytes(StandardCharsets.UTF_8));
    }

    // One digest per thread: tickets and ranks are hashed on every core (a million-entity frame).
    static final ThreadLocal<MessageDigest> SHA256 = ThreadLocal.withInitial(Verify::newDigest);

    static MessageDigest newDigest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static String sha256(byte[] bytes) {
        return hex(SHA256.get().digest(bytes));
    }

    // Lowercase hex (a table lookup: java.util.HexFormat was the slowest step on a million tickets).
    static final char[] HEX = "0123456789abcdef".toCharArray();

    static String hex(byte[] bytes) {
        char[] out = new char[2 * bytes.length];
        for (int i = 0; i < bytes.length; i++) {
            out[2 * i] = HEX[(bytes[i] >> 4) & 0xf];
            out[2 * i + 1] = HEX[bytes[i] & 0xf];
        }
        return new String(out);
    }

    // --- record access: a missing or mistyped field is a failed check, not a crash ---

    static class BadRecord extends RuntimeException {
        BadRecord(String message) {
            super(message);
        }
    }

    @SuppressWarnings("unchecked")
    static <T> T field(Object object, String name, Class<?> type) {
        Object value = object instanceof Map ? ((Map<String, Object>) object).get(name) : null;
        if (!type.isInstance(value)) {
            throw new BadRecord("field " + name + " is missing or not a " + type.getSimpleName());
        }
        return (T) value;
    }

    static String text(Object object, String name) {
        return field(object, name, String.class);
    }

    static long number(Object object, String name) {
        return Verify.<Long>field(object, name, Long.class);
    }

    static boolean bool(Object object, String name) {
        return Verify.<Boolean>field(object, name, Boolean.class);
    }

    static List<Object> list(Object object, String name) {
        return field(object, name, List.class);
    }

    // --- a small JSON reader (RFC 8259) for the record: objects, arrays, strings, numbers, literals ---

    static class Json {
        final String text;
        int at;

        Json(String text) {
            this.text = text;
        }

        Object parseDocument() {
            Object value = parse();
            space();
            if (at != text.length()) {
                throw error("unexpected text after the document");
            }
            return value;
        }

        Object parse() {
            space();
            if (peek('{')) {
                Map<String, Object> object = new LinkedHashMap<>();
                space();
                if (!peek('}')) {
                    do {
                        space();
                        String key = string();
                        space();
                        expect(':');
                        object.put(key, parse());
                        space();
                    } while (peek(','));
                    expect('}');
                }
                return object;
            }
            if (peek('[')) {
                List<Object> array = new ArrayList<>();
                space();
                if (!peek(']')) {
                    do {
                        array.add(parse());
                        space();
                    } while (peek(','));
                    expect(']');
                }
                return array;
            }
            if (at < text.length() && text.charAt(at) == '"') {
                return string();
            }
            for (String literal : new String[] {"true", "false", "null"}) {
                if (text.startsWith(literal, at)) {
                    at += literal.length();
                    return literal.equals("null") ? null : Boolean.valueOf(literal.equals("true"));
                }
            }
            int start = at;
            while (at < text.length() && "+-0123456789.eE".indexOf(text.charAt(at)) >= 0) {
                at++;
            }
            try {
                BigDecimal number = new BigDecimal(text.substring(start, at));
                return number.stripTrailingZeros().scale() <= 0 ? (Object) number.longValueExact() : number;
            } catch (ArithmeticException | NumberFormatException e) {
                at = start;
                throw error("bad value");
            }
        }

        String string() {
            expect('"');
            // Most strings of a record (codes, hashes) have no escape: taken whole.
            int end = at;
            while (end < text.length() && text.charAt(end) != '"' && text.charAt(end) != '\\') {
                end++;
            }
            if (end < text.length() && text.charAt(end) == '"') {
                String plain = text.substring(at, end);
                at = end + 1;
                return plain;
            }
            StringBuilder out = new StringBuilder();
            for (char c; (c = next()) != '"'; ) {
                if (c != '\\') {
                    out.append(c);
                    continue;
                }
                char escape = next();
                int simple = "\"\\/bfnrt".indexOf(escape);
                if (simple >= 0) {
                    out.append("\"\\/\b\f\n\r\t".charAt(simple));
                } else if (escape == 'u' && at + 4 <= text.length()) {
                    out.append((char) Integer.parseInt(text.substring(at, at + 4), 16));
                    at += 4;
                } else {
                    throw error("bad escape");
                }
            }
            return out.toString();
        }

        char next() {
            if (at >= text.length()) {
                throw error("unexpected end");
            }
            return text.charAt(at++);
        }

        boolean peek(char c) {
            boolean found = at < text.length() && text.charAt(at) == c;
            at += found ? 1 : 0;
            return found;
        }

        void expect(char c) {
            if (!peek(c)) {
                throw error("expected '" + c + "'");
            }
        }

        void space() {
            while (at < text.length() && " \t\r\n".indexOf(text.charAt(at)) >= 0) {
                at++;
            }
        }

        IllegalArgumentException error(String message) {
            return new IllegalArgumentException(message + " at character " + at);
        }
    }
}
