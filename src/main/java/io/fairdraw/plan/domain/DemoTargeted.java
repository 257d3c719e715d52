package io.fairdraw.plan.domain;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.springframework.core.io.ClassPathResource;

/** The demo's 定向 task per unit and year (seed/demo-targeted-tasks.csv; texts stay out of Java). */
final class DemoTargeted {

    static final String FILE = "seed/demo-targeted-tasks.csv";

    record Row(String unit, int year, String taskName, String typeReason, String coverageReason) {
    }

    private DemoTargeted() {
    }

    static Optional<Row> of(String unit, int year) {
        try (BufferedReader r = new BufferedReader(new InputStreamReader(new ClassPathResource(FILE).getInputStream(),
                StandardCharsets.UTF_8))) {
            return r.lines().skip(1).filter(l -> !l.isBlank()).map(l -> l.split(",", -1))
                    .map(c -> new Row(c[0], Integer.parseInt(c[1]), c[2], c[3], c[4]))
                    .filter(x -> x.unit().equals(unit) && x.year() == year).findFirst();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
