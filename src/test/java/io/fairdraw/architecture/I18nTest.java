package io.fairdraw.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * DESIGN.md §6: every label is a message key; both bundles have the same keys; every key used in
 * templates and in Java code exists. Chinese never appears in Java string literals under src/main.
 */
class I18nTest {

    static final Path TEMPLATES = Path.of("src/main/resources/templates");
    static final Path JAVA = Path.of("src/main/java");
    static final Pattern TEMPLATE_KEY = Pattern.compile("#\\{([a-zA-Z0-9_.]+)");
    /** Keys passed as string literals in Java: getMessage("x.y", …), UserError(…, "x.y"), "{x.y}" in constraints. */
    static final Pattern JAVA_KEY = Pattern.compile("\"\\{?([a-z][a-z0-9_]*(?:\\.[a-z0-9_]+)+)\\}?\"");
    static final Set<String> TEXT_ATTRIBUTES = Set.of("placeholder", "title", "alt", "aria-label", "value");

    static Properties bundle(String name) throws IOException {
        Properties p = new Properties();
        try (Reader r = new InputStreamReader(Files.newInputStream(Path.of("src/main/resources", name)),
                StandardCharsets.UTF_8)) {
            p.load(r);
        }
        return p;
    }

    static List<Path> templates() throws IOException {
        try (Stream<Path> s = Files.walk(TEMPLATES)) {
            return s.filter(p -> p.toString().endsWith(".html")).toList();
        }
    }

    @Test
    @DisplayName("资源包中没有重复的键（后一个会悄悄覆盖前一个）")
    void noKeyIsDefinedTwice() throws IOException {
        // A second definition silently wins (java.util.Properties): "{0} 年度" overrode "{0,number,#} 年度"
        // and the dashboard said "2,026 年度" (issue 21).
        for (String name : List.of("messages.properties", "messages_en.properties")) {
            Set<String> seen = new TreeSet<>();
            Set<String> twice = new TreeSet<>();
            for (String line : Files.readAllLines(Path.of("src/main/resources", name), StandardCharsets.UTF_8)) {
                int eq = line.indexOf('=');
                if (eq > 0 && !line.startsWith("#") && !seen.add(line.substring(0, eq).strip())) {
                    twice.add(line.substring(0, eq).strip());
                }
            }
            assertThat(twice).as("keys defined twice in " + name).isEmpty();
        }
    }

    @Test
    @DisplayName("年份不带千位分隔符（2026 年度，而非 2,026 年度）")
    void yearsHaveNoThousandsSeparator() throws IOException {
        Properties zh = bundle("messages.properties");
        for (String key : List.of("dashboard.plans.countdown", "dashboard.plans.late", "portal.plan.meta",
                "plan.print.meta", "report.heading")) {
            String text = new java.text.MessageFormat(zh.getProperty(key), java.util.Locale.SIMPLIFIED_CHINESE)
                    .format(key.equals("portal.plan.meta") ? new Object[] {"D01", 2026} : new Object[] {2026, 3});
            assertThat(text).as(key).contains("2026").doesNotContain("2,026");
        }
    }

    @Test
    @DisplayName("中英文资源包的键完全一致")
    void bundlesHaveSameKeys() throws IOException {
        Set<String> zh = new TreeSet<>(bundle("messages.properties").stringPropertyNames());
        Set<String> en = new TreeSet<>(bundle("messages_en.properties").stringPropertyNames());
        Set<String> onlyZh = new TreeSet<>(zh);
        onlyZh.removeAll(en);
        Set<String> onlyEn = new TreeSet<>(en);
        onlyEn.removeAll(zh);
        assertThat(onlyZh).as("keys missing from messages_en.properties").isEmpty();
        assertThat(onlyEn).as("keys missing from messages.properties").isEmpty();
    }

    @Test
    @DisplayName("模板中没有写死的文字")
    void noHardCodedTextInTemplates() throws IOException {
        List<String> problems = new ArrayList<>();
        for (Path t : templates()) {
            Document doc = Jsoup.parse(Files.readString(t), "", Parser.htmlParser());
            for (Element e : doc.getAllElements()) {
                boolean replaced = e.hasAttr("th:text") || e.hasAttr("th:utext") || e.hasAttr("th:replace")
                        || e.hasAttr("th:insert");
                if (!replaced && !e.tagName().equals("script") && !e.tagName().equals("style")) {
                    for (TextNode n : e.textNodes()) {
                        if (n.text().codePoints().anyMatch(Character::isLetter)) {
                            problems.add(t + ": <" + e.tagName() + "> \"" + n.text().trim() + "\"");
                        }
                    }
                }
                for (String a : TEXT_ATTRIBUTES) {
                    // value is data (option, hidden input) except on buttons, where it is the label
                    boolean label = !a.equals("value") || e.tagName().equals("input")
                            && Set.of("submit", "button", "reset").contains(e.attr("type"));
                    if (label && e.hasAttr(a) && e.attr(a).codePoints().anyMatch(Character::isLetter)) {
                        problems.add(t + ": <" + e.tagName() + " " + a + "=\"" + e.attr(a) + "\">");
                    }
                }
            }
        }
        assertThat(problems).as("literal text in templates: use th:text=\"#{key}\"").isEmpty();
    }

    @Test
    @DisplayName("模板和 Java 代码使用的每个消息键都在资源包中")
    void everyUsedKeyExists() throws IOException {
        Properties zh = bundle("messages.properties");
        Set<String> missing = new TreeSet<>();
        for (Path t : templates()) {
            Matcher m = TEMPLATE_KEY.matcher(Files.readString(t));
            while (m.find()) {
                if (!zh.containsKey(m.group(1))) {
                    missing.add(m.group(1) + " (" + t.getFileName() + ")");
                }
            }
        }
        try (Stream<Path> s = Files.walk(JAVA)) {
            // draw.protocol's "frame.uscc"-style strings are protocol field codes, not message keys
            for (Path j : s.filter(p -> p.toString().endsWith(".java") && !p.toString().contains("draw/protocol")).toList()) {
                // ShedLock names ("<module>.<job>", HELPERS rule) look like keys but are lock rows.
                Matcher m = JAVA_KEY.matcher(withoutComments(Files.readString(j))
                        .replaceAll("@SchedulerLock\\([^)]*\\)", ""));
                while (m.find()) {
                    String key = m.group(1);
                    if (looksLikeMessageKey(key) && !zh.containsKey(key)) {
                        missing.add(key + " (" + j.getFileName() + ")");
                    }
                }
            }
        }
        assertThat(missing).as("message keys missing from messages.properties").isEmpty();
    }

    /** Comments may quote Chinese rules and examples; only code counts here. */
    static String withoutComments(String java) {
        return java.replaceAll("(?s)/\\*.*?\\*/", "").replaceAll("(?m)^\\s*//.*$", "").replaceAll("(?m)\\s//[^\"\n]*$", "");
    }

    /** Message keys start with a known prefix; other dotted literals are class names, paths, properties. */
    private static boolean looksLikeMessageKey(String s) {
        return Stream.of("app.", "layout.", "menu.", "role.", "unit.", "common.", "login.", "dashboard.", "error.",
                "api.", "units.", "account.", "accounts.", "password.", "audit.", "uscc.", "plan.", "plans.", "task.",
                "frame.", "calendar.", "catalog.", "inspector.", "field.", "registry.", "draw.").anyMatch(s::startsWith)
                && !s.startsWith("audit.action.") && !s.matches(".*\\.(xlsx|csv|json|html|pdf|png)$");
    }

    @Test
    @DisplayName("src/main 的 Java 字符串中没有中文（中文只在资源包、package-info 和测试名中）")
    void noChineseInJavaLiterals() throws IOException {
        Pattern chineseLiteral = Pattern.compile("\"[^\"\\n]*[\\u4e00-\\u9fff][^\"\\n]*\"");
        List<String> problems = new ArrayList<>();
        try (Stream<Path> s = Files.walk(JAVA)) {
            for (Path j : s.filter(p -> p.toString().endsWith(".java") && !p.endsWith("package-info.java")).toList()) {
                String src = withoutComments(Files.readString(j));
                Matcher m = chineseLiteral.matcher(src);
                while (m.find()) {
                    problems.add(j + ": " + m.group());
                }
            }
        }
        assertThat(problems).isEmpty();
    }
}
