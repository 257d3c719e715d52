package io.fairdraw.draw.protocol;

import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import javax.tools.ToolProvider;

/**
 * The reference the property tests compare the server's draw with: FD-DRAW-1 as computed by
 * {@code verifier/Verify.java}, the file citizens run (issue 22: one readable text, not a second
 * copy kept only for the tests). Verify.java has no package, so it is compiled here from the
 * source file, for Java 17 as its header promises, and its §1–§3 functions are called by
 * reflection. This class only translates: the draw's inputs into the texts and the record Verify
 * reads, and its answers back.
 */
final class VerifyReference {

    record Failure(String uscc, String rule) {
    }

    record Result(String seed, Map<String, Integer> samples, List<String> order, Map<String, String> tickets,
                  Map<String, List<String>> teams, int cap, Failure failure) {
    }

    private static final Class<?> VERIFY = compile();

    private VerifyReference() {
    }

    /** n_s as Verify.java computes it. */
    static long sampleSize(long size, long ratioBp, long min) {
        return (long) call("sampleSize", size, ratioBp, min);
    }

    static Result run(String drawId, List<FrameEntry> frame, List<StratumParams> strata, int team, int capSlack,
                      boolean crossOrg, List<RosterEntry> roster, List<ConflictPair> conflicts, String beacon,
                      String secretHex) {
        List<String[]> frameLines = frame.stream().map(e -> new String[] {e.uscc(), e.stratum()}).toList();
        List<String[]> rosterLines = rosterLines(roster);
        Set<String> conflictLines = conflictLines(conflicts);
        // The record as Verify's JSON reader gives it: whole numbers as Long.
        Map<String, Object> record = new HashMap<>();
        record.put("drawId", drawId);
        record.put("strata", strata.stream().map(s -> (Object) Map.<String, Object>of("stratum", s.stratum(),
                "ratioBp", (long) s.ratioBp(), "min", (long) s.min())).toList());
        record.put("team", (long) team);
        record.put("capSlack", (long) capSlack);
        record.put("crossOrg", crossOrg);
        record.put("frameHash", sha256(canonicalText(frameLines)));
        record.put("paramsHash", sha256((String) call("paramsText", record)));
        record.put("rosterHash", sha256(canonicalText(rosterLines)));
        record.put("conflictsHash", sha256(canonicalText(conflictLines.stream().map(line -> line.split(",", 2)).toList())));
        record.put("beacon", beacon);
        record.put("secret", secretHex);
        String seed = (String) call("seed", record);

        Map<String, List<?>> byStratum = cast(call("byTicket", seed, frameLines));
        Map<String, String> tickets = new HashMap<>();
        byStratum.values().forEach(members -> members.forEach(e -> tickets.put(component(e, "uscc"), component(e, "ticket"))));
        Map<String, Long> sampleByStratum = new TreeMap<>();
        Map<String, Integer> samples = new LinkedHashMap<>();
        for (StratumParams s : new TreeMap<>(byName(strata)).values()) {
            long size = byStratum.getOrDefault(s.stratum(), List.of()).size();
            long sample = sampleSize(size, s.ratioBp(), s.min());
            sampleByStratum.put(s.stratum(), sample);
            samples.put(s.stratum(), (int) sample);
        }
        List<String> order = new ArrayList<>();
        ((List<?>) call("selectionOrder", byStratum, sampleByStratum)).forEach(e -> order.add(component(e, "uscc")));

        Map<String, String> orgOf = new HashMap<>();
        frame.forEach(e -> orgOf.put(e.uscc(), e.orgCode()));
        List<String[]> selection = order.stream().map(uscc -> new String[] {uscc, orgOf.get(uscc)}).toList();
        Object teams = call("drawTeams", seed, selection, rosterLines, conflictLines, (long) team, (long) capSlack, crossOrg);
        String failedAt = component(teams, "failedAt");
        return new Result(seed, samples, order, tickets, cast(component(teams, "teams")),
                (int) (long) component(teams, "cap"), failedAt == null ? null : new Failure(failedAt, component(teams, "rule")));
    }

    /** §3 as Verify.java computes it: the next eligible inspector, or null. */
    static String substitute(String seed, SelectedEntity entity, List<String> team, Set<String> leftBefore,
                             List<RosterEntry> roster, Set<String> conflictLines, boolean crossOrg) {
        return (String) call("substitute", seed, entity.uscc(), entity.orgCode(), team, leftBefore, rosterLines(roster),
                conflictLines, crossOrg);
    }

    private static List<String[]> rosterLines(List<RosterEntry> roster) {
        return roster.stream().map(r -> new String[] {r.inspectorId(), r.orgCode()}).toList();
    }

    private static Set<String> conflictLines(List<ConflictPair> conflicts) {
        Set<String> lines = new HashSet<>();
        conflicts.forEach(c -> lines.add(c.inspectorId() + "," + c.uscc()));
        return lines;
    }

    private static Map<String, StratumParams> byName(List<StratumParams> strata) {
        Map<String, StratumParams> byName = new HashMap<>();
        strata.forEach(s -> byName.put(s.stratum(), s));
        return byName;
    }

    /** The canonical text of §1: the distinct lines "a,b", sorted, each terminated by LF. */
    private static String canonicalText(List<String[]> lines) {
        StringBuilder text = new StringBuilder();
        new TreeSet<>(lines.stream().map(line -> line[0] + "," + line[1]).toList()).forEach(line -> text.append(line).append('\n'));
        return text.toString();
    }

    private static String sha256(String text) {
        return (String) call("sha256", text);
    }

    @SuppressWarnings("unchecked")
    private static <T> T cast(Object value) {
        return (T) value;
    }

    /** A component of one of Verify's records (Entity, Teams). */
    private static <T> T component(Object record, String name) {
        try {
            for (RecordComponent component : record.getClass().getRecordComponents()) {
                if (component.getName().equals(name)) {
                    Method accessor = component.getAccessor();
                    accessor.setAccessible(true);
                    return cast(accessor.invoke(record));
                }
            }
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
        throw new IllegalStateException("Verify's " + record.getClass().getSimpleName() + " has no " + name);
    }

    /** Verify's static method of that name whose parameters take these arguments. */
    private static Object call(String name, Object... arguments) {
        for (Method method : VERIFY.getDeclaredMethods()) {
            if (method.getName().equals(name) && accepts(method.getParameterTypes(), arguments)) {
                try {
                    method.setAccessible(true);
                    return method.invoke(null, arguments);
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException("Verify." + name, e.getCause() != null ? e.getCause() : e);
                }
            }
        }
        throw new IllegalStateException("Verify.java has no " + name + Arrays.toString(arguments));
    }

    private static boolean accepts(Class<?>[] types, Object[] arguments) {
        if (types.length != arguments.length) {
            return false;
        }
        for (int i = 0; i < types.length; i++) {
            Class<?> type = types[i] == long.class ? Long.class : types[i] == boolean.class ? Boolean.class : types[i];
            if (arguments[i] != null && !type.isInstance(arguments[i])) {
                return false;
            }
        }
        return true;
    }

    /** verifier/Verify.java compiled once per test JVM, from Maven's working directory (the project root). */
    private static Class<?> compile() {
        try {
            Path classes = Files.createDirectories(Path.of("target", "verify-classes"));
            int exit = ToolProvider.getSystemJavaCompiler().run(null, null, null, "--release", "17", "-proc:none",
                    "-d", classes.toString(), Path.of("verifier", "Verify.java").toString());
            if (exit != 0) {
                throw new IllegalStateException("verifier/Verify.java does not compile for Java 17");
            }
            URLClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL()}, VerifyReference.class.getClassLoader());
            return loader.loadClass("Verify");
        } catch (Exception e) {
            throw new IllegalStateException("cannot compile verifier/Verify.java", e);
        }
    }
}
