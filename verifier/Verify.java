// FD-DRAW-1 verifier: recomputes a published draw from its record and its frame and, for auditors,
// also from the roster and the conflicts. One file, no dependencies, Java 17 or later:
//
//     java Verify.java record.json frame.csv [roster.csv conflicts.csv] [--orgs orgs.csv]
//
// --orgs checks the Fairdraw extension (docs/draw-protocol-notes.md): orgs.csv, the canonical
// USCC,ORG_CODE text announced as orgsHash, and every selected entity's orgCode against it.
// Exit code 0: every check passed; 1: some check failed; 2: usage error, unreadable or invalid input.
// Read it top to bottom next to DRAW-PROTOCOL.md; it is written to be read, not to be fast.

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.*;
import java.nio.file.*;
import java.security.MessageDigest;
import java.util.*;
import java.util.regex.*;

public class Verify {

    static int passed, failed;
    static MessageDigest sha256;

    public static void main(String[] args) throws Exception {
        sha256 = MessageDigest.getInstance("SHA-256");
        List<String> files = new ArrayList<>(List.of(args));
        int flag = files.indexOf("--orgs");
        String orgsFile = flag >= 0 && flag + 1 < files.size() ? files.remove(flag + 1) : null;
        if (orgsFile != null) files.remove(flag);
        if (files.size() != 2 && files.size() != 4 || files.contains("--orgs")) exit2("usage: java Verify.java record.json frame.csv"
                + " [roster.csv conflicts.csv] [--orgs orgs.csv]");
        byte[] recordBytes = read(files.get(0)), frame = read(files.get(1)), orgs = orgsFile == null ? null : read(orgsFile);
        byte[] roster = files.size() == 4 ? read(files.get(2)) : null, conflicts = files.size() == 4 ? read(files.get(3)) : null;
        Object record = null;
        try {
            record = new Json(StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(recordBytes)).toString()).document();
        } catch (IllegalArgumentException | CharacterCodingException e) {
            exit2("record.json is not valid JSON: " + e.getMessage());
        }
        try {
            verify(record, frame, roster, conflicts, orgs);
        } catch (BadRecord e) {
            fail("record format: " + e.getMessage());
        }
        System.out.println(failed == 0 ? "VERIFIED: all " + passed + " checks passed"
                : "NOT VERIFIED: " + failed + " of " + (passed + failed) + " checks failed");
        System.exit(failed == 0 ? 0 : 1);
    }

    // A frame entity and its ticket; ticket ascending (hex order = byte order), ties by USCC (section 2a).
    record Entity(String ticket, String uscc, String stratum) {}
    static final Comparator<Entity> TICKET_ORDER = Comparator.comparing(Entity::ticket).thenComparing(Entity::uscc);

    static void verify(Object record, byte[] frameBytes, byte[] rosterBytes, byte[] conflictsBytes, byte[] orgsBytes) {
        same("protocol", "FD-DRAW-1", text(record, "protocol"), "protocol is FD-DRAW-1");
        // Section 1: the frame is the canonical text of lines USCC,STRATUM; its hash was announced.
        List<String[]> frame = canonical(record, frameBytes, "frame", " (%d lines USCC,STRATUM, sorted, LF)", " (%d entities)");
        same("frame size", "" + number(record, "frameSize"), "" + frame.size(), "frame size is " + frame.size());
        List<String[]> orgs = orgsBytes == null ? List.of() : canonical(record, orgsBytes, "orgs", " (%d lines USCC,ORG_CODE)", "");
        // Section 1: commitment = hex(SHA-256(hex(secret))).
        String secret = text(record, "secret");
        same("commitment", text(record, "commitment"), sha256(secret), "secret opens the commitment");
        // Section 1: params text = lines STRATUM=r_s,m_s sorted by stratum, then team, cap_slack, cross_org.
        TreeMap<String, Object> strata = new TreeMap<>();
        for (Object stratum : list(record, "strata")) strata.put(text(stratum, "stratum"), stratum);
        String params = "";
        for (Object s : strata.values()) params += text(s, "stratum") + "=" + number(s, "ratioBp") + "," + number(s, "min") + "\n";
        params += "team=" + number(record, "team") + "\ncap_slack=" + number(record, "capSlack")
                + "\ncross_org=" + (bool(record, "crossOrg") ? 1 : 0) + "\n";
        same("params hash", text(record, "paramsHash"), sha256(params), "params hash matches");
        // Section 2: the seed binds the draw id, every announced hash, the beacon and the secret.
        String seed = sha256(String.join("\n", "FD-DRAW-1", text(record, "drawId"), text(record, "frameHash"), text(record, "paramsHash"),
                text(record, "rosterHash"), text(record, "conflictsHash"), text(record, "beacon"), secret));
        same("seed", seed, text(record, "seed"), "seed matches");
        // Section 2a: ticket(uscc) = hex(SHA-256(seed + "\nE\n" + uscc)); per stratum the first n_s by ticket.
        boolean failedDraw = "FAILED".equals(((Map<?, ?>) record).get("status"));
        List<Object> selected = failedDraw ? new ArrayList<>() : list(record, "selected"); // a FAILED draw has none
        Map<String, List<Entity>> byStratum = new TreeMap<>();
        for (String[] line : frame) byStratum.computeIfAbsent(line[1], s -> new ArrayList<>()).add(new Entity(sha256(seed + "\nE\n" + line[0]), line[0], line[1]));
        List<String> withoutRatio = byStratum.keySet().stream().filter(s -> !strata.containsKey(s)).toList();
        check(withoutRatio.isEmpty(), "every stratum of the frame has a ratio " + byStratum.keySet(),
                "strata " + withoutRatio + " occur in the frame but have no ratio in the record");
        List<Entity> expected = new ArrayList<>();
        for (Object s : strata.values()) {
            String name = text(s, "stratum");
            List<Entity> members = byStratum.getOrDefault(name, new ArrayList<>());
            long size = members.size(), ratio = number(s, "ratioBp"), min = number(s, "min");
            long sample = Math.min(size, Math.max(min, (size * ratio + 9999) / 10000)); // ceil() in integers
            long published = selected.stream().filter(e -> text(e, "stratum").equals(name)).count();
            String formula = "min(" + size + ", max(" + min + ", ceil(" + size + "*" + ratio + "/10000))) = " + sample;
            check(number(s, "size") == size && number(s, "sample") == sample && (failedDraw || published == sample),
                    "stratum " + name + ": " + size + " entities, sample " + formula, "stratum " + name + ": expected size " + size + " and sample "
                    + formula + ", record says size " + number(s, "size") + " sample " + number(s, "sample") + " with " + published + " selected");
            members.sort(TICKET_ORDER);
            expected.addAll(members.subList(0, (int) sample));
        }
        expected.sort(TICKET_ORDER); // the selection order
        if (failedDraw) { // section 2b is re-run below on the selection recomputed here
            Map<String, String> orgOf = asMap(orgs);
            expected.forEach(e -> selected.add(Map.of("uscc", e.uscc(), "inspectors", List.of(), "orgCode", orgOf.getOrDefault(e.uscc(), ""))));
        } else {
            // The published selection: every ticket (of an entity of the frame with that stratum), the set per stratum, the order.
            Map<String, String> stratumOf = asMap(frame);
            List<String> bad = new ArrayList<>();
            for (Object e : selected) {
                String uscc = text(e, "uscc"), ticket = sha256(seed + "\nE\n" + uscc);
                if (!text(e, "stratum").equals(stratumOf.get(uscc))) bad.add(uscc + " is not in the frame with stratum " + text(e, "stratum"));
                else if (!ticket.equals(text(e, "ticket"))) bad.add("ticket of " + uscc + ": expected " + ticket + " got " + text(e, "ticket"));
            }
            checkAll(bad, "every ticket matches (" + selected.size() + " selected entities)");
            for (String name : strata.keySet()) {
                SortedSet<String> wanted = new TreeSet<>(), actual = new TreeSet<>();
                expected.stream().filter(e -> e.stratum().equals(name)).forEach(e -> wanted.add(e.uscc()));
                selected.stream().filter(e -> text(e, "stratum").equals(name)).forEach(e -> actual.add(text(e, "uscc")));
                List<String> missing = wanted.stream().filter(u -> !actual.contains(u)).toList();
                List<String> extra = actual.stream().filter(u -> !wanted.contains(u)).toList();
                check(missing.isEmpty() && extra.isEmpty(), "stratum " + name + ": the selected set is the first " + wanted.size()
                        + " by ticket", "selection in stratum " + name + ": missing " + first5(missing) + ", not entitled " + first5(extra));
            }
            List<String> wanted = expected.stream().map(Entity::uscc).toList(), actual = selected.stream().map(e -> text(e, "uscc")).toList();
            int at = 0;
            while (at < Math.min(wanted.size(), actual.size()) && wanted.get(at).equals(actual.get(at))) at++;
            check(wanted.equals(actual), "selection order is ticket ascending", "selection order: at position " + (at + 1) + " expected "
                    + (at < wanted.size() ? wanted.get(at) : "the end") + " got " + (at < actual.size() ? actual.get(at) : "the end"));
        }
        if (rosterBytes == null || failedDraw && orgsBytes == null && bool(record, "crossOrg")) {
            System.out.println("SKIP teams and substitutions: give roster.csv and conflicts.csv (and --orgs orgs.csv for a"
                    + " failed cross-office draw) to re-run section 2b");
        } else {
            verifyTeams(record, seed, selected, rosterBytes, conflictsBytes, failedDraw);
        }
        if (orgsBytes == null) return;
        // Fairdraw extension: orgs.csv (its hash checked above) lists exactly the frame's entities, in the
        // same order, and gives every selected entity's org code.
        int line = 0;
        while (line < Math.min(frame.size(), orgs.size()) && frame.get(line)[0].equals(orgs.get(line)[0])) line++;
        check(line == frame.size() && line == orgs.size(), "orgs.csv lists exactly the frame's entities",
                "orgs.csv and frame.csv differ at line " + (line + 1));
        Map<String, String> orgOf = asMap(orgs);
        List<String> bad = new ArrayList<>();
        for (Object e : failedDraw ? List.of() : selected) {
            String uscc = text(e, "uscc"), org = text(e, "orgCode");
            if (!org.equals(orgOf.get(uscc))) bad.add("org code of " + uscc + ": orgs.csv says " + orgOf.get(uscc) + ", record says " + org);
        }
        checkAll(bad, "every selected entity's org code is the announced one");
    }

    // Section 2b (teams) and section 3 (substitutions), re-run from the roster and the conflicts.
    static void verifyTeams(Object record, String seed, List<Object> selected, byte[] rosterBytes, byte[] conflictsBytes, boolean failedDraw) {
        List<String[]> roster = canonical(record, rosterBytes, "roster", "", " (%d inspectors)"); // {INSPECTOR_ID, ORG_CODE}
        same("roster size", "" + number(record, "rosterSize"), "" + roster.size(), "roster size is " + roster.size());
        Set<String> conflicts = new HashSet<>(); // "INSPECTOR_ID,USCC"
        canonical(record, conflictsBytes, "conflicts", "", " (%d pairs)").forEach(pair -> conflicts.add(pair[0] + "," + pair[1]));
        // cap = ceil(slots / roster_size) + K, slots = T * number of selected entities. Walk the selection
        // order; for each entity take, in rank order, the first T eligible inspectors.
        long team = number(record, "team");
        boolean crossOrg = bool(record, "crossOrg");
        long cap = roster.isEmpty() ? 0 : (team * selected.size() + roster.size() - 1) / roster.size() + number(record, "capSlack");
        Map<String, Integer> load = new HashMap<>(); // teams joined so far, per inspector id
        Map<String, List<String>> teams = new HashMap<>();
        Map<String, String> orgOf = new HashMap<>();
        List<String> bad = new ArrayList<>();
        String ranOut = null; // "entity USCC rule RULE" for the first entity with fewer than T eligible inspectors
        for (Object entity : selected) {
            String uscc = text(entity, "uscc"), org = text(entity, "orgCode");
            List<String> drawn = new ArrayList<>(), published = new ArrayList<>(list(entity, "inspectors").stream().map(String::valueOf).toList());
            for (String[] inspector : byRank(seed, uscc, roster)) {
                boolean eligible = !conflicts.contains(inspector[0] + "," + uscc) // 1. not a conflict pair
                        && load.getOrDefault(inspector[0], 0) < cap               // 2. load below the cap
                        && !(crossOrg && inspector[1].equals(org));               // 3. cross_org: another org
                if (eligible && drawn.size() < team) drawn.add(inspector[0]);
            }
            if (drawn.size() < team && ranOut == null) { // the first rule, applied in order to the whole roster, after which fewer than T remain
                long free = roster.stream().filter(i -> !conflicts.contains(i[0] + "," + uscc)).count();
                long belowCap = roster.stream().filter(i -> !conflicts.contains(i[0] + "," + uscc) && load.getOrDefault(i[0], 0) < cap).count();
                ranOut = "entity " + uscc + " rule " + (roster.size() < team ? "roster" : free < team ? "conflict" : belowCap < team ? "cap" : "cross_org");
            }
            if (drawn.size() < team) bad.add("team of " + uscc + ": only " + drawn.size() + " eligible inspectors, the draw should have failed, record shows " + published);
            else if (!drawn.equals(published)) bad.add("team of " + uscc + ": expected " + drawn + " got " + published);
            drawn.forEach(id -> load.merge(id, 1, Integer::sum));
            teams.put(uscc, published);
            orgOf.put(uscc, org);
        }
        if (failedDraw) { // the published failure must be the first entity and rule that run out
            Object failure = field(record, "failure", Map.class);
            String claimed = "entity " + text(failure, "uscc") + " rule " + text(failure, "rule");
            check(claimed.equals(ranOut), "the draw fails as published: " + claimed + " runs out", "failure: the record says "
                    + claimed + ", re-running section 2b gives " + (ranOut == null ? "no failure, every team can be staffed" : ranOut));
            return;
        }
        checkAll(bad, "every team re-drawn identically (" + selected.size() + " teams of " + team + ", cap " + cap + ")");
        // Section 3: the substitute is the next eligible in rank order, skipping the team (and anyone
        // already substituted out of it); the cap is ignored, conflicts and cross-office still apply.
        List<Object> substitutions = ((Map<?, ?>) record).containsKey("substitutions") ? list(record, "substitutions") : List.of();
        Map<String, Set<String>> left = new HashMap<>();
        for (int n = 1; n <= substitutions.size(); n++) {
            Object substitution = substitutions.get(n - 1);
            String uscc = text(substitution, "uscc"), out = text(substitution, "out"), in = text(substitution, "in");
            List<String> current = teams.get(uscc);
            if (current == null || !current.contains(out)) {
                fail("substitution " + n + ": " + out + " is not in the team of " + uscc);
                continue;
            }
            Set<String> skip = left.computeIfAbsent(uscc, u -> new HashSet<>());
            skip.add(out);
            String substitute = byRank(seed, uscc, roster).stream()
                    .filter(i -> !current.contains(i[0]) && !skip.contains(i[0]) && !conflicts.contains(i[0] + "," + uscc))
                    .filter(i -> !(crossOrg && i[1].equals(orgOf.get(uscc)))).map(i -> i[0]).findFirst().orElse(null);
            check(in.equals(substitute), "substitution " + n + " on " + uscc + ": " + out + " -> " + in + " is the next eligible",
                    "substitution " + n + " on " + uscc + ": expected " + substitute + " got " + in);
            current.set(current.indexOf(out), in);
        }
        if (substitutions.isEmpty()) System.out.println("OK   no substitutions");
    }

    // The roster in rank(e, i) order, rank = hex(SHA-256(seed + "\nI\n" + uscc + "\n" + inspector_id)) ascending, ties by id.
    static List<String[]> byRank(String seed, String uscc, List<String[]> roster) {
        Map<String, String> rank = new HashMap<>(); // inspector id -> rank
        roster.forEach(inspector -> rank.put(inspector[0], sha256(seed + "\nI\n" + uscc + "\n" + inspector[0])));
        return roster.stream().sorted(Comparator.comparing((String[] i) -> rank.get(i[0])).thenComparing(i -> i[0])).toList();
    }

    // A canonical text of section 1 (or orgs.csv): LF-terminated lines "a,b" (no CR, both fields non-empty),
    // sorted in byte order, no line twice; its hash is the announced NAMEHash. Returns its lines up to a problem.
    static List<String[]> canonical(Object record, byte[] bytes, String name, String linesDetail, String hashDetail) {
        List<String[]> lines = new ArrayList<>();
        String text = new String(bytes, StandardCharsets.UTF_8), previous = null, problem = null;
        if (!text.isEmpty() && !text.endsWith("\n")) problem = "the last line is not terminated by LF";
        for (String line : problem != null || text.isEmpty() ? new String[0] : text.substring(0, text.length() - 1).split("\n", -1)) {
            String[] fields = line.split(",", -1);
            String where = "line " + (lines.size() + 1);
            if (fields.length != 2 || fields[0].isEmpty() || fields[1].isEmpty() || line.contains("\r")) {
                problem = where + " is not two non-empty fields separated by one comma: " + line;
            } else if (previous != null && Arrays.compareUnsigned(previous.getBytes(StandardCharsets.UTF_8), line.getBytes(StandardCharsets.UTF_8)) >= 0) {
                problem = where + " is not after line " + lines.size() + " in byte order: " + line;
            }
            if (problem != null) break;
            previous = line;
            lines.add(fields);
        }
        check(problem == null, name + ".csv is canonical" + String.format(linesDetail, lines.size()), name + ".csv is not canonical: " + problem);
        same(name + " hash", text(record, name + "Hash"), sha256(bytes), name + " hash matches" + String.format(hashDetail, lines.size()));
        return lines;
    }

    // The lines of a two-field text as a map from the first field to the second.
    static Map<String, String> asMap(List<String[]> lines) {
        Map<String, String> map = new HashMap<>();
        lines.forEach(line -> map.put(line[0], line[1]));
        return map;
    }

    // Every check prints "OK   what was checked" or "FAIL what is wrong".
    static void check(boolean ok, String success, String failure) {
        if (ok) passed++; else failed++;
        System.out.println(ok ? "OK   " + success : "FAIL " + failure);
    }
    static void fail(String failure) { check(false, null, failure); }
    static void same(String what, String expected, String got, String ok) { check(expected.equals(got), ok, what + ": expected " + expected + " got " + got); }
    // One check over many items: fails with the first problem and the number of the others.
    static void checkAll(List<String> problems, String success) {
        check(problems.isEmpty(), success, problems.isEmpty() ? "" : problems.get(0) + (problems.size() > 1 ? " (and " + (problems.size() - 1) + " more)" : ""));
    }
    static String first5(List<String> values) { return values.size() <= 5 ? values.toString() : values.subList(0, 5) + " and " + (values.size() - 5) + " more"; }
    static String sha256(String text) { return sha256(text.getBytes(StandardCharsets.UTF_8)); }
    static String sha256(byte[] bytes) { return HexFormat.of().formatHex(sha256.digest(bytes)); } // lowercase hex

    // A file's bytes; a file that cannot be read ends the run with exit code 2.
    static byte[] read(String file) {
        try {
            return Files.readAllBytes(Path.of(file));
        } catch (IOException e) {
            exit2("cannot read " + e.getMessage());
            return null;
        }
    }
    static void exit2(String message) { System.err.println(message); System.exit(2); } // usage error, unreadable or invalid input

    // Record access: a missing or mistyped field is a failed check ("record format: ..."), not a crash.
    static class BadRecord extends RuntimeException { BadRecord(String message) { super(message); } }

    static Object field(Object object, String name, Class<?> type) {
        Object value = object instanceof Map<?, ?> map ? map.get(name) : null;
        if (!type.isInstance(value)) throw new BadRecord("field " + name + " is missing or not a " + type.getSimpleName());
        return value;
    }
    static String text(Object object, String name) { return (String) field(object, name, String.class); }
    static long number(Object object, String name) { return (Long) field(object, name, Long.class); }
    static boolean bool(Object object, String name) { return (Boolean) field(object, name, Boolean.class); }
    @SuppressWarnings("unchecked") static List<Object> list(Object object, String name) { return (List<Object>) field(object, name, List.class); }

    // A small JSON reader (RFC 8259) for the record: objects as maps, arrays as lists, whole numbers as Long.
    static class Json {
        final String s;
        int at;
        Json(String s) { this.s = s; }
        Object document() {
            Object value = value();
            if (peek() != 0) throw error("unexpected text after the document");
            if (!(value instanceof Map)) throw error("the top level is not an object");
            return value;
        }
        Object value() {
            char c = peek();
            if (c == '{' || c == '[') { // values separated by ',' up to the closing bracket; in an object "key": value
                Map<String, Object> object = new LinkedHashMap<>();
                List<Object> array = new ArrayList<>();
                at++;
                if (!take(c == '{' ? '}' : ']')) {
                    do {
                        if (c == '[') array.add(value());
                        else object.put(key(), value());
                    } while (take(','));
                    expect(c == '{' ? '}' : ']');
                }
                return c == '{' ? object : array;
            }
            if (c == '"') return string();
            for (String literal : List.of("true", "false", "null")) {
                if (!s.startsWith(literal, at)) continue;
                at += literal.length();
                return literal.equals("null") ? null : Boolean.valueOf(literal.equals("true"));
            }
            Matcher number = Pattern.compile("-?(0|[1-9][0-9]*)(\\.[0-9]+)?([eE][+-]?[0-9]+)?").matcher(s).region(at, s.length());
            if (!number.lookingAt()) throw error("bad value");
            at = number.end();
            return number.group(2) == null && number.group(3) == null ? (Object) Long.valueOf(number.group()) : Double.valueOf(number.group());
        }
        String key() { String key = string(); expect(':'); return key; } // a string and the ':' after it
        String string() {
            expect('"');
            StringBuilder out = new StringBuilder();
            for (char c = next(); c != '"'; c = next()) {
                if (c != '\\') out.append(c);
                else if ((c = next()) == 'u' && at + 4 <= s.length()) out.append((char) Integer.parseInt(s.substring(at, at += 4), 16));
                else if ("\"\\/bfnrt".indexOf(c) >= 0) out.append("\"\\/\b\f\n\r\t".charAt("\"\\/bfnrt".indexOf(c)));
                else throw error("bad escape");
            }
            return out.toString();
        }
        char peek() { // skips white space; 0 at the end of the text
            while (at < s.length() && " \t\r\n".indexOf(s.charAt(at)) >= 0) at++;
            return at < s.length() ? s.charAt(at) : 0;
        }
        char next() { if (at < s.length()) return s.charAt(at++); throw error("unexpected end"); }
        boolean take(char c) { // takes the next character, after white space, if it is c
            if (peek() != c || at == s.length()) return false;
            at++;
            return true;
        }
        void expect(char c) { if (!take(c)) throw error("expected '" + c + "'"); }
        IllegalArgumentException error(String message) { return new IllegalArgumentException(message + " at character " + at); }
    }
}
