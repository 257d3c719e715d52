package io.fairdraw.catalog.domain;

import io.fairdraw.catalog.CatalogSetup;
import io.fairdraw.catalog.InspectionMethod;
import io.fairdraw.catalog.ItemContent;
import io.fairdraw.shared.SupervisionField;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sample items ({@code seed/demo-catalog.csv}, one line per version, oldest first; marked as
 * sample data), seeded only when the catalog is empty.
 */
@Service
class CatalogDemo implements CatalogSetup {

    private static final Logger log = LoggerFactory.getLogger(CatalogDemo.class);
    static final String FILE = "seed/demo-catalog.csv";

    static final String CHECKLISTS = "seed/demo-checklists.csv";

    private final CatalogService catalog;
    private final ChecklistService checklists;
    private final CatalogRepository items;

    CatalogDemo(CatalogService catalog, ChecklistService checklists, CatalogRepository items) {
        this.catalog = catalog;
        this.checklists = checklists;
        this.items = items;
    }

    @Override
    @Transactional
    public void seedDemoIfEmpty() {
        if (catalog.count() > 0) {
            seedChecklists();
            return;
        }
        log.info("Empty catalog: seeding the sample items of {}", FILE);
        CatalogItem item = null;
        for (String[] r : DemoCsv.read(FILE)) {
            // code,unit,effective_from,reason,name,field,legal_basis,target_type,content,methods,ratio,frequency,retire_reason
            ItemContent content = new ItemContent(r[4], SupervisionField.valueOf(r[5]), List.of(r[6].split("\\|")),
                    r[1], r[7], r[8], Arrays.stream(r[9].split("\\|")).map(InspectionMethod::valueOf)
                            .collect(Collectors.toCollection(() -> EnumSet.noneOf(InspectionMethod.class))),
                    new BigDecimal(r[10]), Integer.parseInt(r[11]));
            LocalDate from = LocalDate.parse(r[2]);
            if (item != null && item.code().equals(r[0])) {
                item.revise(content, from, r[3], "system");
            } else {
                if (item != null) {
                    catalog.seed(item);
                }
                item = CatalogItem.create(r[0], r[1], content, from, r[3], "system", true);
            }
            if (r.length > 12 && !r[12].isBlank()) {
                item.retire(from.plusYears(1), r[12]);
            }
        }
        if (item != null) {
            catalog.seed(item);
        }
        seedChecklists();
    }

    /**
     * 检查细则 of the sample items ({@code seed/demo-checklists.csv}; issue 19 item 3), on every
     * version of a sample item that has none yet, so demo visits are recorded point by point.
     */
    private void seedChecklists() {
        java.util.Map<String, List<io.fairdraw.catalog.ChecklistPoint>> byCode = new java.util.LinkedHashMap<>();
        for (String[] r : DemoCsv.read(CHECKLISTS)) {
            byCode.computeIfAbsent(r[0], k -> new java.util.ArrayList<>())
                    .add(new io.fairdraw.catalog.ChecklistPoint(Integer.parseInt(r[1]), r[2], r[3], r[4]));
        }
        byCode.forEach((code, points) -> items.find(code).filter(CatalogItem::sample)
                .ifPresent(item -> item.versions().forEach(v -> checklists.seed(v.id(), points))));
    }

    /** Comma-separated lines with a header; the demo texts use no ASCII comma. */
    static final class DemoCsv {
        private DemoCsv() {
        }

        static List<String[]> read(String path) {
            try (BufferedReader r = new BufferedReader(new InputStreamReader(new ClassPathResource(path).getInputStream(),
                    StandardCharsets.UTF_8))) {
                return r.lines().skip(1).filter(l -> !l.isBlank()).map(l -> l.split(",", -1)).toList();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
