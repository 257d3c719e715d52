package io.fairdraw.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The integration tests share one database, and a unit has one annual plan per year (DESIGN.md §2):
 * two test classes that create a plan under the same {@code YEAR} constant find it taken, in an
 * order-dependent way (issue 21's merge hit this three times). Each class names a year of its own.
 */
class TestPlanYearsTest {

    private static final Path TESTS = Path.of("src/test/java");
    private static final Pattern YEAR = Pattern.compile("static final int YEAR = (\\d{4});");

    @Test
    @DisplayName("每个集成测试类使用自己的计划年度常量")
    void everyTestClassHasAPlanYearOfItsOwn() throws IOException {
        Map<String, List<String>> byYear = new TreeMap<>();
        try (Stream<Path> files = Files.walk(TESTS)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher m = YEAR.matcher(read(f));
                while (m.find()) {
                    byYear.computeIfAbsent(m.group(1), y -> new ArrayList<>()).add(f.getFileName().toString());
                }
            }
        }
        // 2077: ReviewPagesQueryCountIT plans in its own unit D77; the matrix reuses whatever plan D01 has.
        byYear.computeIfPresent("2077", (y, classes) -> classes.size() == 2
                && classes.containsAll(List.of("ReviewPagesQueryCountIT.java", "AuthorizationMatrixIT.java")) ? null : classes);
        assertThat(byYear).as("plan years named by more than one test class").allSatisfy((year, classes) ->
                assertThat(classes).as(year).hasSize(1));
    }

    private static String read(Path f) {
        try {
            return Files.readString(f, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
