// FD-DRAW-1 verifier: recomputes a published draw from its record and frame and, for auditors, from the roster and
// conflicts too. One file, Java 17, nothing else: java Verify.java record.json frame.csv [roster.csv conflicts.csv] [--orgs orgs.csv]
// --orgs checks the Fairdraw extension (docs/draw-protocol-notes.md): orgs.csv (USCC,ORG_CODE, announced as orgsHash)
// and every selected entity's orgCode. Exit code 0: every check passed; 1: some check failed (a text that is not
// canonical is a failed check); 2: usage error, unreadable file, record not JSON. Read it beside DRAW-PROTOCOL.md:
// §1-§3 are the protocol's functions as the text states them, §4 reads the record, §5 checks in the sections' order.
// Written to be read, not to be fast; the server's tests compare the server's draw with it (VerifyReference).

import static java.nio.charset.StandardCharsets.UTF_8;
import java.nio.file.*;
import java.util.*;
import java.util.stream.Collectors;

public class Verify {

    // ==== Strings are UTF-8, hashes are SHA-256, hex() is lowercase hex ====
    static String sha256(String text) { return sha256(text.getBytes(UTF_8)); }
    static String sha256(byte[] bytes) {
        try { return HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(bytes)); }
        catch (java.security.NoSuchAlgorithmException e) { throw new IllegalStateException(e); } // every Java has SHA-256
    }

    // ==== §1 Announce ====
    // Params text: lines STRATUM=r_s,m_s sorted by stratum, then team=T, cap_slack=K, cross_org=0|1.
    static String paramsText(Object record) {
        return strataByName(record).values().stream().map(s -> text(s, "stratum") + "=" + number(s, "ratioBp") + "," + number(s, "min") + "\n")
                .collect(Collectors.joining()) + "team=" + number(record, "team") + "\ncap_slack=" + number(record, "capSlack")
                + "\ncross_org=" + (bool(record, "crossOrg") ? 1 : 0) + "\n";
    }
    // n_s = min(N_s, max(m_s, ceil(N_s * r_s / 10000))), the ceiling in integer arithmetic.
    static long sampleSize(long size, long ratioBp, long min) { return Math.min(size, Math.max(min, (size * ratioBp + 9999) / 10000)); }

    // ==== §2 Execute ====
    // seed = hex(SHA-256("FD-DRAW-1", draw_id, the four hashes, the beacon and hex(secret), joined by "\n")).
    static String seed(Object record) {
        return sha256(String.join("\n", "FD-DRAW-1", text(record, "drawId"), text(record, "frameHash"), text(record, "paramsHash"),
                text(record, "rosterHash"), text(record, "conflictsHash"), text(record, "beacon"), text(record, "secret")));
    }

    // ==== §2a Entities ====
    // ticket(uscc) = hex(SHA-256(seed + "\nE\n" + uscc)); entities go by ticket ascending (hex order is byte order), ties by USCC.
    record Entity(String ticket, String uscc, String stratum) {}
    static final Comparator<Entity> TICKET_ORDER = Comparator.comparing(Entity::ticket).thenComparing(Entity::uscc);
    static String ticket(String seed, String uscc) { return sha256(seed + "\nE\n" + uscc); }
    // Every frame entity ({USCC, STRATUM}) with its ticket, per stratum, ticket ascending.
    static Map<String, List<Entity>> byTicket(String seed, List<String[]> frame) {
        return frame.stream().map(line -> new Entity(ticket(seed, line[0]), line[0], line[1])).sorted(TICKET_ORDER)
                .collect(Collectors.groupingBy(Entity::stratum, TreeMap::new, Collectors.toList()));
    }
    // The first n_s of every stratum (samples: stratum -> n_s), all together by ticket ascending: the selection order.
    static List<Entity> selectionOrder(Map<String, List<Entity>> byStratum, Map<String, Long> samples) {
        return samples.entrySet().stream().flatMap(n -> byStratum.getOrDefault(n.getKey(), List.of()).stream().limit(n.getValue()))
                .sorted(TICKET_ORDER).toList();
    }

    // ==== §2b Inspectors ====
    // The roster ({ID, ORG_CODE}) by rank(e, i) = hex(SHA-256(seed + "\nI\n" + uscc + "\n" + id)) ascending, ties by id.
    static List<String[]> byRank(String seed, String uscc, List<String[]> roster) {
        Map<String, String> rank = roster.stream().collect(Collectors.toMap(i -> i[0], i -> sha256(seed + "\nI\n" + uscc + "\n" + i[0]), (a, b) -> a));
        return roster.stream().sorted(Comparator.comparing((String[] i) -> rank.get(i[0])).thenComparing(i -> i[0])).toList();
    }
    // Walk the selection order ({USCC, ORG_CODE}); for each entity take the first T eligible inspectors in rank order (conflicts:
    // lines "INSPECTOR_ID,USCC"). Gives the teams, the cap and, if the draw fails, the entity, how many were eligible and the rule.
    record Teams(Map<String, List<String>> teams, long cap, String failedAt, int available, String rule) {}
    static Teams drawTeams(String seed, List<String[]> selection, List<String[]> roster, Set<String> conflicts,
                           long team, long capSlack, boolean crossOrg) {
        long cap = roster.isEmpty() ? 0 : (team * selection.size() + roster.size() - 1) / roster.size() + capSlack; // ceil(T * n / roster) + K
        Map<String, Integer> load = new HashMap<>(); // teams already joined in this draw, per inspector id
        Map<String, List<String>> teams = new LinkedHashMap<>();
        for (String[] entity : selection) {
            String uscc = entity[0], org = entity[1];
            List<String> members = new ArrayList<>();
            for (String[] inspector : byRank(seed, uscc, roster)) {
                boolean eligible = !conflicts.contains(inspector[0] + "," + uscc) // 1. not a conflict pair
                        && load.getOrDefault(inspector[0], 0) < cap                 // 2. load(i) < cap
                        && !(crossOrg && inspector[1].equals(org));                 // 3. cross_org=1: another org
                if (eligible && members.size() < team) members.add(inspector[0]);
            }
            if (members.size() < team)
                return new Teams(teams, cap, uscc, members.size(), ruleThatRanOut(uscc, roster, conflicts, load, cap, team));
            members.forEach(id -> load.merge(id, 1, Integer::sum));
            teams.put(uscc, members);
        }
        return new Teams(teams, cap, null, 0, null);
    }
    // The rules applied to the whole roster in order (roster, conflict, cap, cross_org): the first after which fewer than T remain.
    static String ruleThatRanOut(String uscc, List<String[]> roster, Set<String> conflicts, Map<String, Integer> load, long cap, long team) {
        List<String[]> free = roster.stream().filter(i -> !conflicts.contains(i[0] + "," + uscc)).toList();
        long belowCap = free.stream().filter(i -> load.getOrDefault(i[0], 0) < cap).count();
        return roster.size() < team ? "roster" : free.size() < team ? "conflict" : belowCap < team ? "cap" : "cross_org";
    }

    // ==== §3 Substitution ====
    // The next eligible inspector in rank order for the entity, skipping the team and everyone who left it
    // before; the cap is ignored, conflicts and cross-office still apply. Null when nobody is left.
    static String substitute(String seed, String uscc, String org, List<String> team, Set<String> leftBefore,
                             List<String[]> roster, Set<String> conflicts, boolean crossOrg) {
        for (String[] inspector : byRank(seed, uscc, roster))
            if (!team.contains(inspector[0]) && !leftBefore.contains(inspector[0]) && !conflicts.contains(inspector[0] + "," + uscc)
                    && !(crossOrg && inspector[1].equals(org))) return inspector[0];
        return null;
    }

    // ==== §4 The published record: a JSON object; a missing or mistyped field is a failed check ====
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
    static SortedMap<String, Object> strataByName(Object record) {
        return list(record, "strata").stream().collect(Collectors.toMap(s -> text(s, "stratum"), s -> s, (first, last) -> last, TreeMap::new));
    }

    // ==== §5 Verifying ====
    static int passed, failed;
    public static void main(String[] args) {
        List<String> files = new ArrayList<>(List.of(args));
        int flag = files.indexOf("--orgs");
        String orgsFile = flag >= 0 && flag + 1 < files.size() ? files.remove(flag + 1) : null;
        if (orgsFile != null) files.remove(flag);
        if (files.size() != 2 && files.size() != 4 || files.contains("--orgs"))
            exit2("usage: java Verify.java record.json frame.csv [roster.csv conflicts.csv] [--orgs orgs.csv]");
        byte[] frame = read(files.get(1)), orgs = orgsFile == null ? null : read(orgsFile), record = read(files.get(0));
        byte[] roster = files.size() == 4 ? read(files.get(2)) : null, conflicts = files.size() == 4 ? read(files.get(3)) : null;
        Object json = null;
        try { json = new Json(new String(record, UTF_8)).document(); }
        catch (IllegalArgumentException e) { exit2("record.json is not valid JSON: " + e.getMessage()); }
        try { verify(json, frame, roster, conflicts, orgs); }
        catch (BadRecord e) { fail("record format: " + e.getMessage()); }
        System.out.println(failed == 0 ? "VERIFIED: all " + passed + " checks passed"
                : "NOT VERIFIED: " + failed + " of " + (passed + failed) + " checks failed");
        System.exit(failed == 0 ? 0 : 1);
    }
    static void verify(Object record, byte[] frameBytes, byte[] rosterBytes, byte[] conflictsBytes, byte[] orgsBytes) {
        same("protocol", "FD-DRAW-1", text(record, "protocol"), "protocol is FD-DRAW-1");
        // §1: the announced frame (canonical USCC,STRATUM text), orgs.csv, commitment = hex(SHA-256(hex(secret))), params.
        List<String[]> frame = checkText(record, "frame", frameBytes, " (%d lines USCC,STRATUM, sorted, LF)", " (%d entities)");
        check(frame.size() == number(record, "frameSize"), "frame size is " + frame.size(),
                "frame size: record says " + number(record, "frameSize") + ", frame.csv has " + frame.size());
        Map<String, String> orgOf = new HashMap<>();
        if (orgsBytes != null) {
            List<String[]> orgs = checkText(record, "orgs", orgsBytes, " (%d lines USCC,ORG_CODE)", "");
            orgs.forEach(line -> orgOf.put(line[0], line[1]));
            int line = 0;
            while (line < Math.min(frame.size(), orgs.size()) && frame.get(line)[0].equals(orgs.get(line)[0])) line++;
            check(line == frame.size() && line == orgs.size(), "orgs.csv lists exactly the frame's entities",
                    "orgs.csv and frame.csv differ at line " + (line + 1));
        }
        same("commitment", text(record, "commitment"), sha256(text(record, "secret")), "secret opens the commitment");
        same("params hash", text(record, "paramsHash"), sha256(paramsText(record)), "params hash matches");
        // §2: the seed binds the draw id, every announced hash, the beacon and the secret.
        String seed = seed(record);
        same("seed", seed, text(record, "seed"), "seed matches");
        // §2a: every stratum of the frame has a ratio; n_s per stratum; the first n_s by ticket are selected.
        Map<String, List<Entity>> byStratum = byTicket(seed, frame);
        Map<String, Object> strata = strataByName(record);
        List<String> withoutRatio = byStratum.keySet().stream().filter(s -> !strata.containsKey(s)).toList();
        check(withoutRatio.isEmpty(), "every stratum of the frame has a ratio " + byStratum.keySet(),
                "strata " + withoutRatio + " occur in the frame but have no ratio in the record");
        boolean failedDraw = "FAILED".equals(((Map<?, ?>) record).get("status"));
        List<Object> selected = failedDraw ? List.of() : list(record, "selected"); // a FAILED draw publishes no selection
        Map<String, Long> samples = new TreeMap<>();
        for (Object s : strata.values()) {
            String name = text(s, "stratum");
            long size = byStratum.getOrDefault(name, List.of()).size(), sample = sampleSize(size, number(s, "ratioBp"), number(s, "min"));
            long published = selected.stream().filter(e -> text(e, "stratum").equals(name)).count();
            String formula = "min(" + size + ", max(" + number(s, "min") + ", ceil(" + size + "*" + number(s, "ratioBp") + "/10000))) = " + sample;
            check(number(s, "size") == size && number(s, "sample") == sample && (failedDraw || published == sample),
                    "stratum " + name + ": " + size + " entities, sample " + formula, "stratum " + name + ": expected size " + size + " and sample "
                    + formula + ", record says size " + number(s, "size") + " sample " + number(s, "sample") + " with " + published + " selected");
            samples.put(name, sample);
        }
        List<Entity> expected = selectionOrder(byStratum, samples);
        if (!failedDraw) checkSelection(seed, frame, strata.keySet(), expected, selected);
        if (orgsBytes != null) checkAll(selected.stream().filter(e -> !text(e, "orgCode").equals(orgOf.get(text(e, "uscc"))))
                .map(e -> "org code of " + text(e, "uscc") + ": orgs.csv says " + orgOf.get(text(e, "uscc")) + ", record says "
                        + text(e, "orgCode")).toList(), "every selected entity's org code is the announced one");
        // §2b and §3, given the roster and the conflicts; a FAILED draw is walked on the selection recomputed here.
        List<String[]> selection = failedDraw // {USCC, ORG_CODE} in selection order
                ? expected.stream().map(e -> new String[] {e.uscc(), orgOf.getOrDefault(e.uscc(), "")}).toList()
                : selected.stream().map(e -> new String[] {text(e, "uscc"), text(e, "orgCode")}).toList();
        if (rosterBytes == null || failedDraw && orgsBytes == null && bool(record, "crossOrg")) System.out.println("SKIP teams and substitutions:"
                + " give roster.csv and conflicts.csv (and --orgs orgs.csv for a failed cross-office draw) to re-run section 2b");
        else checkTeams(record, seed, selection, selected, rosterBytes, conflictsBytes, failedDraw);
    }

    // §2a: every published ticket (of an entity of the frame with that stratum), the set per stratum, the order.
    static void checkSelection(String seed, List<String[]> frame, Set<String> strata, List<Entity> expected, List<Object> selected) {
        Map<String, String> stratumOf = frame.stream().collect(Collectors.toMap(line -> line[0], line -> line[1], (first, second) -> first));
        List<String> bad = new ArrayList<>();
        for (Object e : selected) {
            String uscc = text(e, "uscc"), ticket = ticket(seed, uscc);
            if (!text(e, "stratum").equals(stratumOf.get(uscc))) bad.add(uscc + " is not in the frame with stratum " + text(e, "stratum"));
            else if (!ticket.equals(text(e, "ticket"))) bad.add("ticket of " + uscc + ": expected " + ticket + " got " + text(e, "ticket"));
        }
        checkAll(bad, "every ticket matches (" + selected.size() + " selected entities)");
        for (String name : strata) {
            Set<String> wanted = new TreeSet<>(expected.stream().filter(e -> e.stratum().equals(name)).map(Entity::uscc).toList());
            Set<String> actual = new TreeSet<>(selected.stream().filter(e -> text(e, "stratum").equals(name)).map(e -> text(e, "uscc")).toList());
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
    // §2b: the teams re-drawn (for a FAILED draw: the published failure), then §3: every substitution in order.
    static void checkTeams(Object record, String seed, List<String[]> selection, List<Object> selected, byte[] rosterBytes,
                           byte[] conflictsBytes, boolean failedDraw) {
        List<String[]> roster = checkText(record, "roster", rosterBytes, "", " (%d inspectors)");
        check(roster.size() == number(record, "rosterSize"), "roster size is " + roster.size(),
                "roster size: record says " + number(record, "rosterSize") + ", roster.csv has " + roster.size());
        Set<String> conflicts = new HashSet<>();
        checkText(record, "conflicts", conflictsBytes, "", " (%d pairs)").forEach(pair -> conflicts.add(pair[0] + "," + pair[1]));
        long team = number(record, "team");
        Teams drawn = drawTeams(seed, selection, roster, conflicts, team, number(record, "capSlack"), bool(record, "crossOrg"));
        String ranOut = drawn.failedAt() == null ? null : "entity " + drawn.failedAt() + " rule " + drawn.rule();
        if (failedDraw) { // the published failure must be the first entity and rule that run out
            Object failure = field(record, "failure", Map.class);
            String claimed = "entity " + text(failure, "uscc") + " rule " + text(failure, "rule");
            check(claimed.equals(ranOut), "the draw fails as published: " + claimed + " runs out", "failure: the record says "
                    + claimed + ", re-running section 2b gives " + (ranOut == null ? "no failure, every team can be staffed" : ranOut));
            return;
        }
        Map<String, List<String>> teams = new HashMap<>(); // the published teams, as the substitutions change them
        List<String> bad = new ArrayList<>();
        for (Object e : selected) {
            String uscc = text(e, "uscc");
            List<String> expected = drawn.teams().get(uscc), published = new ArrayList<>(list(e, "inspectors").stream().map(String::valueOf).toList());
            teams.put(uscc, published);
            if (uscc.equals(drawn.failedAt())) bad.add("team of " + uscc + ": only " + drawn.available()
                    + " eligible inspectors, the draw should have failed, record shows " + published);
            else if (expected != null && !expected.equals(published)) bad.add("team of " + uscc + ": expected " + expected + " got " + published);
        }
        checkAll(bad, "every team re-drawn identically (" + selected.size() + " teams of " + team + ", cap " + drawn.cap() + ")");
        List<Object> substitutions = ((Map<?, ?>) record).containsKey("substitutions") ? list(record, "substitutions") : List.of();
        Map<String, Set<String>> left = new HashMap<>(); // per entity, everyone substituted out of its team so far
        for (int n = 1; n <= substitutions.size(); n++) {
            Object substitution = substitutions.get(n - 1);
            String uscc = text(substitution, "uscc"), out = text(substitution, "out"), in = text(substitution, "in");
            List<String> current = teams.get(uscc);
            if (current == null || !current.contains(out)) { fail("substitution " + n + ": " + out + " is not in the team of " + uscc); continue; }
            left.computeIfAbsent(uscc, u -> new HashSet<>()).add(out);
            String org = selection.stream().filter(e -> e[0].equals(uscc)).findFirst().orElseThrow()[1];
            String substitute = substitute(seed, uscc, org, current, left.get(uscc), roster, conflicts, bool(record, "crossOrg"));
            check(in.equals(substitute), "substitution " + n + " on " + uscc + ": " + out + " -> " + in + " is the next eligible",
                    "substitution " + n + " on " + uscc + ": expected " + substitute + " got " + in);
            current.set(current.indexOf(out), in);
        }
        if (substitutions.isEmpty()) System.out.println("OK   no substitutions");
    }
    // A canonical text of §1: lines "a,b" (no CR, both fields non-empty), each terminated by LF, sorted in byte
    // order of the whole line, no line twice; its hash is the announced NAMEHash. Returns its lines up to a problem.
    static List<String[]> checkText(Object record, String name, byte[] bytes, String linesDetail, String hashDetail) {
        List<String[]> lines = new ArrayList<>();
        String text = new String(bytes, UTF_8), previous = null;
        String problem = text.isEmpty() || text.endsWith("\n") ? null : "the last line is not terminated by LF";
        for (String line : problem != null || text.isEmpty() ? new String[0] : text.substring(0, text.length() - 1).split("\n", -1)) {
            String[] fields = line.split(",", -1);
            if (fields.length != 2 || fields[0].isEmpty() || fields[1].isEmpty() || line.contains("\r"))
                problem = "line " + (lines.size() + 1) + " is not two non-empty fields separated by one comma: " + line;
            else if (previous != null && Arrays.compareUnsigned(previous.getBytes(UTF_8), line.getBytes(UTF_8)) >= 0)
                problem = "line " + (lines.size() + 1) + " is not after line " + lines.size() + " in byte order: " + line;
            if (problem != null) break;
            previous = line;
            lines.add(fields);
        }
        check(problem == null, name + ".csv is canonical" + String.format(linesDetail, lines.size()), name + ".csv is not canonical: " + problem);
        same(name + " hash", text(record, name + "Hash"), sha256(bytes), name + " hash matches" + String.format(hashDetail, lines.size()));
        return lines;
    }
    static void check(boolean ok, String success, String failure) { // prints "OK   what was checked" or "FAIL what is wrong"
        if (ok) passed++; else failed++;
        System.out.println(ok ? "OK   " + success : "FAIL " + failure);
    }
    static void fail(String failure) { check(false, null, failure); }
    static void same(String what, String expected, String got, String success) {
        check(expected.equals(got), success, what + ": expected " + expected + " got " + got);
    }
    static void checkAll(List<String> bad, String success) { // one check over many items: the first problem and how many others
        check(bad.isEmpty(), success, bad.isEmpty() ? "" : bad.get(0) + (bad.size() > 1 ? " (and " + (bad.size() - 1) + " more)" : ""));
    }
    static String first5(List<String> all) { return all.size() <= 5 ? all.toString() : all.subList(0, 5) + " and " + (all.size() - 5) + " more"; }
    static byte[] read(String file) {
        try { return Files.readAllBytes(Path.of(file)); } catch (java.io.IOException e) { exit2("cannot read " + e.getMessage()); return null; }
    }
    static void exit2(String message) { System.err.println(message); System.exit(2); }
    // A small JSON reader (RFC 8259) for the record: objects as maps, arrays as lists, whole numbers as Long.
    static class Json {
        final String s; int at; // the text and the next character to read
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
                    do { if (c == '[') array.add(value()); else object.put(key(), value()); } while (take(','));
                    expect(c == '{' ? '}' : ']');
                }
                return c == '{' ? object : array;
            }
            if (c == '"') return string();
            for (String literal : List.of("true", "false", "null"))
                if (s.startsWith(literal, at)) { at += literal.length(); return literal.equals("null") ? null : literal.equals("true"); }
            int start = at;
            while (at < s.length() && "+-0123456789.eE".indexOf(s.charAt(at)) >= 0) at++;
            try { // a whole number as Long, any other as BigDecimal
                java.math.BigDecimal number = new java.math.BigDecimal(s.substring(start, at));
                return number.stripTrailingZeros().scale() <= 0 ? (Object) number.longValueExact() : number;
            } catch (ArithmeticException | NumberFormatException e) { at = start; throw error("bad value"); }
        }
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
        char peek() { // skips white space; 0 at the end
            while (at < s.length() && " \t\r\n".indexOf(s.charAt(at)) >= 0) at++;
            return at < s.length() ? s.charAt(at) : 0;
        }
        char next() { if (at < s.length()) return s.charAt(at++); throw error("unexpected end"); }
        boolean take(char c) { boolean found = peek() == c && at < s.length(); at += found ? 1 : 0; return found; } // c after white space
        void expect(char c) { if (!take(c)) throw error("expected '" + c + "'"); }
        String key() { String key = string(); expect(':'); return key; } // "key":
        IllegalArgumentException error(String message) { return new IllegalArgumentException(message + " at character " + at); }
    }
}
