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

public class Verify {

    static int passed;
    static int failed;

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
        Object record;
        byte[] frame;
        byte[] roster = null;
        byte[] conflicts = null;
        byte[] orgs = null;
        try {
            record = new Json(Files.readString(Path.of(args[0]), StandardCharsets.UTF_8)).parseDocument();
            if (!(record instanceof Map)) {
                throw new IllegalArgumentException("the top level is not an object");
            }
            frame = Files.readAllBytes(Path.of(args[1]));
            if (args.length == 4) {
                roster = Files.readAllBytes(Path.of(args[2]));
                conflicts = Files.readAllBytes(Path.of(args[3]));
            }
            if (orgsFile != null) {
                orgs = Files.readAllBytes(Path.of(orgsFile));
            }
        } catch (IOException e) {
            System.err.println("cannot read " + e.getMessage());
            System.exit(2);
            return;
        } catch (IllegalArgumentException e) {
            System.err.println("record.json is not valid JSON: " + e.getMessage());
            System.exit(2);
            return;
        }
        try {
            verify(record, frame, roster, conflicts);
            if (orgs != null) {
                verifyOrgs(record, frame, orgs);
            }
        } catch (BadRecord e) {
            fail("record format: " + e.getMessage());
        }
        System.out.println(failed == 0
                ? "VERIFIED: all " + passed + " checks passed"
                : "NOT VERIFIED: " + failed + " of " + (passed + failed) + " checks failed");
        System.exit(failed == 0 ? 0 : 1);
    }

    static void verify(Object record, byte[] frameBytes, byte[] rosterBytes, byte[] conflictsBytes)
            throws Exception {
        String protocol = text(record, "protocol");
        check(protocol.equals("FD-DRAW-1"), "protocol is FD-DRAW-1", "protocol: expected FD-DRAW-1 got " + protocol);

        // Section 1: the frame is the published canonical text; its hash was announced.
        List<String[]> frame = new ArrayList<>();
        String problem = readLines(frameBytes, frame);
        check(problem == null, "frame.csv is canonical (" + frame.size() + " lines USCC,STRATUM, sorted, LF)",
                "frame.csv is not canonical: " + problem);
        String frameHash = sha256(frameBytes);
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
        List<Object> selected = list(record, "selected");
        Map<String, List<String[]>> byStratum = new TreeMap<>();
        Map<String, String> stratumOf = new HashMap<>();
        for (String[] line : frame) {
            byStratum.computeIfAbsent(line[1], s -> new ArrayList<>()).add(line);
            stratumOf.put(line[0], line[1]);
        }
        Set<String> withoutRatio = new TreeSet<>(byStratum.keySet());
        withoutRatio.removeAll(strata.keySet());
        check(withoutRatio.isEmpty(), "every stratum of the frame has a ratio " + byStratum.keySet(),
                "strata " + withoutRatio + " occur in the frame but have no ratio in the record");
        List<String[]> expectedOrder = new ArrayList<>(); // {ticket, uscc, stratum}
        for (Object s : strata.values()) {
            String name = text(s, "stratum");
            List<String[]> members = byStratum.getOrDefault(name, List.of());
            long size = members.size();
            long ratio = number(s, "ratioBp");
            long min = number(s, "min");
            long sample = Math.min(size, Math.max(min, (size * ratio + 9999) / 10000));
            long published = selected.stream().filter(e -> text(e, "stratum").equals(name)).count();
            String formula = "min(" + size + ", max(" + min + ", ceil(" + size + "*" + ratio + "/10000))) = " + sample;
            check(number(s, "size") == size && number(s, "sample") == sample && published == sample,
                    "stratum " + name + ": " + size + " entities, sample " + formula,
                    "stratum " + name + ": expected size " + size + " and sample " + formula + ", record says size "
                            + number(s, "size") + " sample " + number(s, "sample") + " with " + published + " selected");
            List<String[]> ranked = new ArrayList<>(members.parallelStream()
                    .map(line -> new String[] {sha256(seed + "\nE\n" + line[0]), line[0], name}).toList());
            ranked.sort(TICKET_ORDER);
            expectedOrder.addAll(ranked.subList(0, (int) sample));
        }
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
        for (String name : strata.keySet()) {
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

        if (rosterBytes == null) {
            System.out.println("SKIP teams and substitutions: give roster.csv and conflicts.csv to re-run section 2b");
            return;
        }
        verifyTeams(record, seed, selected, rosterBytes, conflictsBytes, team);
    }

    // Section 2b and section 3: re-draw every team and every substitute from the roster and conflicts.
    static void verifyTeams(Object record, String seed, List<Object> selected,
                            byte[] rosterBytes, byte[] conflictsBytes, long team) throws Exception {
        List<String[]> roster = new ArrayList<>();
        String problem = readLines(rosterBytes, roster);
        check(problem == null, "roster.csv is canonical", "roster.csv is not canonical: " + problem);
        String rosterHash = sha256(rosterBytes);
        check(rosterHash.equals(text(record, "rosterHash")), "roster hash matches (" + roster.size() + " inspectors)",
                "roster hash: expected " + text(record, "rosterHash") + " got " + rosterHash);
        check(roster.size() == number(record, "rosterSize"), "roster size is " + roster.size(),
                "roster size: record says " + number(record, "rosterSize") + ", roster.csv has " + roster.size());
        List<String[]> conflictLines = new ArrayList<>();
        problem = readLines(conflictsBytes, conflictLines);
        check(problem == null, "conflicts.csv is canonical", "conflicts.csv is not canonical: " + problem);
        String conflictsHash = sha256(conflictsBytes);
        check(conflictsHash.equals(text(record, "conflictsHash")), "conflicts hash matches (" + conflictLines.size() + " pairs)",
                "conflicts hash: expected " + text(record, "conflictsHash") + " got " + conflictsHash);
        Set<String> conflicts = new HashSet<>();
        conflictLines.forEach(line -> conflicts.add(line[0] + "," + line[1]));
        boolean crossOrg = bool(record, "crossOrg");

        // cap = ceil(slots / roster_size) + K, slots = T * number of selected entities.
        long slots = team * selected.size();
        long cap = roster.isEmpty() ? 0 : (slots + roster.size() - 1) / roster.size() + number(record, "capSlack");
        Map<String, Integer> load = new HashMap<>();
        Map<String, List<String>> teams = new HashMap<>();
        Map<String, String> orgOf = new HashMap<>();
        int bad = 0;
        String firstBad = null;
        // Ranks do not depend on loads: they are computed on every core, a batch of entities at a time.
        List<List<String[]>> rankings = List.of();
        for (int k = 0; k < selected.size(); k++) {
            if (k % 1000 == 0) {
                rankings = selected.subList(k, Math.min(k + 1000, selected.size())).parallelStream()
                        .map(e -> ranked(seed, text(e, "uscc"), roster)).toList();
            }
            Object entity = selected.get(k);
            String uscc = text(entity, "uscc");
            String org = text(entity, "orgCode");
            orgOf.put(uscc, org);
            List<String> expected = new ArrayList<>();
            for (String[] inspector : rankings.get(k % 1000)) {
                boolean eligible = !conflicts.contains(inspector[0] + "," + uscc)
                        && load.getOrDefault(inspector[0], 0) < cap
                        && !(crossOrg && inspector[1].equals(org));
                if (eligible) {
                    expected.add(inspector[0]);
                }
                if (expected.size() == team) {
                    break;
                }
            }
            List<String> actual = new ArrayList<>();
            list(entity, "inspectors").forEach(id -> actual.add(String.valueOf(id)));
            if (expected.size() < team) {
                bad++;
                firstBad = firstBad != null ? firstBad : "team of " + uscc + ": only " + expected.size()
                        + " eligible inspectors, the draw should have failed, record shows " + actual;
            } else if (!expected.equals(actual)) {
                bad++;
                firstBad = firstBad != null ? firstBad : "team of " + uscc + ": expected " + expected + " got " + actual;
            }
            expected.forEach(id -> load.merge(id, 1, Integer::sum));
            teams.put(uscc, actual);
        }
        check(bad == 0, "every team re-drawn identically (" + selected.size() + " teams of " + team + ", cap " + cap + ")",
                firstBad + (bad > 1 ? " (and " + (bad - 1) + " more)" : ""));

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
            for (String[] inspector : ranked(seed, uscc, roster)) {
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

    // Fairdraw extension: orgs.csv lists every frame entity's supervising org code (USCC,ORG_CODE,
    // same canonical rules, same USCC order as the frame); its hash orgsHash was announced, so the
    // org codes that decide the cross-office rule were fixed before the beacon.
    static void verifyOrgs(Object record, byte[] frameBytes, byte[] orgsBytes) throws Exception {
        List<String[]> orgs = new ArrayList<>();
        String problem = readLines(orgsBytes, orgs);
        check(problem == null, "orgs.csv is canonical (" + orgs.size() + " lines USCC,ORG_CODE)",
                "orgs.csv is not canonical: " + problem);
        String orgsHash = sha256(orgsBytes);
        check(orgsHash.equals(text(record, "orgsHash")), "orgs hash matches",
                "orgs hash: expected " + text(record, "orgsHash") + " got " + orgsHash);
        List<String[]> frame = new ArrayList<>();
        readLines(frameBytes, frame);
        Map<String, String> orgOf = new HashMap<>();
        int position = 0;
        while (position < Math.min(frame.size(), orgs.size()) && frame.get(position)[0].equals(orgs.get(position)[0])) {
            orgOf.put(orgs.get(position)[0], orgs.get(position)[1]);
            position++;
        }
        check(position == frame.size() && position == orgs.size(), "orgs.csv lists exactly the frame's entities",
                "orgs.csv and frame.csv differ at line " + (position + 1));
        int bad = 0;
        String firstBad = null;
        for (Object entity : list(record, "selected")) {
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
    static List<String[]> ranked(String seed, String uscc, List<String[]> roster) {
        List<String[]> ranked = new ArrayList<>();
        for (String[] inspector : roster) {
            ranked.add(new String[] {inspector[0], inspector[1], sha256(seed + "\nI\n" + uscc + "\n" + inspector[0])});
        }
        ranked.sort((a, b) -> a[2].equals(b[2]) ? a[0].compareTo(b[0]) : a[2].compareTo(b[2]));
        return ranked;
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
    static final ThreadLocal<MessageDigest> SHA256 = ThreadLocal.withInitial(() -> {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    });

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
