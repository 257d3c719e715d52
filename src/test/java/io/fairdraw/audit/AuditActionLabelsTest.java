package io.fairdraw.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Issue 21 item 2: the audit log shows actions by name. Every action code the code can write (the
 * first argument of each {@code AuditEvent.of(…)} call under src/main/java) has a label
 * {@code audit.action.<CODE>} in both bundles, so no UPPER_SNAKE code reaches the page.
 */
class AuditActionLabelsTest {

    private static final Path JAVA = Path.of("src/main/java");
    private static final Pattern CALL = Pattern.compile("AuditEvent\\.of\\(");
    private static final Pattern LITERAL = Pattern.compile("\"([^\"\\\\]*)\"");
    private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)*");
    /** A literal passed on to a helper that records it (RegistryService.save(…, "REGISTRY_ENTITY_UPDATED")). */
    private static final Pattern PASSED_CODE = Pattern.compile("\"([A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+)\"");
    private static final Pattern IDENTIFIER = Pattern.compile("[a-z][A-Za-z0-9]*");
    /**
     * Codes built as prefix + value: the values the code passes, written here. A new prefix fails
     * the test until its values are listed (no code can slip through unlabelled).
     */
    private static final Map<String, List<String>> BUILT = Map.of(
            "DRAW_STAFFING_OVERRIDE_", List.of("APPROVED", "REFUSED"));   // StaffingOverrides.decide

    @Test
    @DisplayName("审计日志：代码中写入的每个操作代码在两个资源包中都有中文/英文名称")
    void everyActionInUseHasALabel() throws IOException {
        Set<String> codes = actionCodes();
        assertThat(codes).as("codes found").hasSizeGreaterThan(60).contains("RESULT_PUBLISHED", "LOGIN",
                "DRAW_STAFFING_OVERRIDE_APPROVED", "REGISTRY_ENTITY_DEREGISTERED", "BEACON_SOURCE_UPDATED");
        for (String bundle : List.of("messages.properties", "messages_en.properties")) {
            Properties p = bundle(bundle);
            Set<String> missing = new TreeSet<>();
            for (String code : codes) {
                if (!p.containsKey("audit.action." + code)) {
                    missing.add("audit.action." + code);
                }
            }
            assertThat(missing).as("action codes without a label in " + bundle).isEmpty();
        }
    }

    @Test
    @DisplayName("审计日志：对象类型都有名称（检查记录 #5，而非 inspection_record:5）")
    void everyTargetTypeInUseHasALabel() throws IOException {
        Set<String> types = new TreeSet<>();
        for (String arguments : calls()) {
            List<String> args = topLevelArguments(arguments);
            Matcher m = LITERAL.matcher(args.size() > 1 ? args.get(1).strip() : "");
            if (m.matches()) {
                types.add(m.group(1));
            }
        }
        assertThat(types).contains("inspection_record", "plan", "draw");
        for (String bundle : List.of("messages.properties", "messages_en.properties")) {
            Properties p = bundle(bundle);
            assertThat(types.stream().filter(t -> !p.containsKey("audit.target." + t)).toList())
                    .as("object types without a label in " + bundle).isEmpty();
        }
    }

    /** The action codes of every AuditEvent.of call (literals, both sides of a ?:, helpers' codes, BUILT). */
    static Set<String> actionCodes() throws IOException {
        Set<String> codes = new TreeSet<>();
        try (Stream<Path> files = Files.walk(JAVA)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String source = Files.readString(file, StandardCharsets.UTF_8);
                for (String arguments : calls(source)) {
                    String first = topLevelArguments(arguments).get(0).strip();
                    if (first.equals("String action")) {
                        continue;   // the declaration in AuditEvent itself
                    }
                    if (IDENTIFIER.matcher(first).matches()) {
                        // A variable: the codes this file passes along as literals.
                        Matcher passed = PASSED_CODE.matcher(source);
                        int before = codes.size();
                        while (passed.find()) {
                            codes.add(passed.group(1));
                        }
                        assertThat(codes.size()).as("no literal code for '%s' in %s", first, file).isGreaterThan(before);
                        continue;
                    }
                    Matcher lit = LITERAL.matcher(first);
                    boolean any = false;
                    while (lit.find()) {
                        String text = lit.group(1);
                        any = true;
                        if (text.endsWith("_")) {
                            assertThat(BUILT).as("code built from prefix %s in %s: list its values in BUILT", text, file)
                                    .containsKey(text);
                            BUILT.get(text).forEach(v -> codes.add(text + v));
                        } else {
                            assertThat(text).as("an action code in %s", file).matches(CODE);
                            codes.add(text);
                        }
                    }
                    assertThat(any).as("action code not readable from '%s' in %s", first, file).isTrue();
                }
            }
        }
        return codes;
    }

    private static List<String> calls() throws IOException {
        List<String> all = new java.util.ArrayList<>();
        try (Stream<Path> files = Files.walk(JAVA)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                all.addAll(calls(Files.readString(file, StandardCharsets.UTF_8)));
            }
        }
        return all;
    }

    /** The argument text of each call, up to its closing parenthesis. */
    private static List<String> calls(String source) {
        List<String> out = new java.util.ArrayList<>();
        Matcher m = CALL.matcher(source);
        while (m.find()) {
            int depth = 1;
            int i = m.end();
            boolean inString = false;
            for (; i < source.length() && depth > 0; i++) {
                char c = source.charAt(i);
                if (inString) {
                    if (c == '\\') {
                        i++;
                    } else if (c == '"') {
                        inString = false;
                    }
                } else if (c == '"') {
                    inString = true;
                } else if (c == '(') {
                    depth++;
                } else if (c == ')') {
                    depth--;
                }
            }
            out.add(source.substring(m.end(), i - 1));
        }
        return out;
    }

    /** Splits at commas outside parentheses and string literals. */
    static List<String> topLevelArguments(String arguments) {
        List<String> out = new java.util.ArrayList<>();
        int depth = 0;
        boolean inString = false;
        int start = 0;
        for (int i = 0; i < arguments.length(); i++) {
            char c = arguments.charAt(i);
            if (inString) {
                if (c == '\\') {
                    i++;
                } else if (c == '"') {
                    inString = false;
                }
            } else if (c == '"') {
                inString = true;
            } else if (c == '(' || c == '[' || c == '{') {
                depth++;
            } else if (c == ')' || c == ']' || c == '}') {
                depth--;
            } else if (c == ',' && depth == 0) {
                out.add(arguments.substring(start, i));
                start = i + 1;
            }
        }
        out.add(arguments.substring(start));
        return out;
    }

    private static Properties bundle(String name) throws IOException {
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(Path.of("src/main/resources", name), StandardCharsets.UTF_8)) {
            p.load(r);
        }
        return p;
    }
}
