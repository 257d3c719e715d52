package io.fairdraw.system.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.expression.spel.standard.SpelExpressionParser;
import org.springframework.expression.spel.support.StandardEvaluationContext;

/**
 * issue 21 "Broken or empty": in SpEL, {@code map[name]} with a bare name as the index looks up the
 * literal key "name", not the variable's value (the unit filter on /public/results had options with
 * no text, the dashboard showed "null" beside bureau departments). Templates write
 * {@code map.get(name)} instead; this test finds any {@code x[name]} in a template.
 */
class TemplateMapIndexTest {

    private static final Pattern COMMENT = Pattern.compile("(?s)<!--.*?-->");
    /** An identifier (or a call) indexed by a bare identifier: no quotes, no call, no dot, no digits first. */
    private static final Pattern BARE_INDEX = Pattern.compile("[\\w)]\\[([A-Za-z_]\\w*)\\]");

    @Test
    @DisplayName("SpEL：map[变量名] 按字面键查找（所以模板必须写 map.get(变量名)）")
    void speLReadsABareIndexLiterally() {
        StandardEvaluationContext ctx = new StandardEvaluationContext(new Vars("D01", Map.of("D01", "第一师")));
        SpelExpressionParser p = new SpelExpressionParser();
        assertThat(p.parseExpression("names[u]").getValue(ctx)).isNull();
        assertThat(p.parseExpression("names.get(u)").getValue(ctx)).isEqualTo("第一师");
    }

    public record Vars(String u, Map<String, String> names) {
    }

    @Test
    @DisplayName("模板中没有以裸变量名作下标的 map[变量名]")
    void noTemplateIndexesByABareName() throws IOException {
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/resources/templates"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".html")).toList()) {
                String text = COMMENT.matcher(Files.readString(f)).replaceAll("");
                Matcher m = BARE_INDEX.matcher(text);
                while (m.find()) {
                    found.add(f + ": " + text.substring(Math.max(0, m.start() - 20), m.end()));
                }
            }
        }
        assertThat(found).isEmpty();
    }
}
