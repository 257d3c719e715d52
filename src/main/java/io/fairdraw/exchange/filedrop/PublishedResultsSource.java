package io.fairdraw.exchange.filedrop;

import io.fairdraw.disclosure.PublishedResults;
import io.fairdraw.organization.Organization;
import io.fairdraw.plan.PublishedPlans;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * {@link FileDropSource} over the disclosure module's published rows (the same rows as the portal
 * and open data), with the unit's name (organization) and the task's type (plan: 不定向/定向/专项抽查),
 * each read once per drop, not once per row.
 */
@Component
class PublishedResultsSource implements FileDropSource {

    private final PublishedResults results;
    private final Organization organization;
    private final PublishedPlans plans;

    PublishedResultsSource(PublishedResults results, Organization organization, PublishedPlans plans) {
        this.results = results;
        this.organization = organization;
        this.plans = plans;
    }

    @Override
    public void rows(LocalDate day, Consumer<FileDropRow> out) {
        // One day's publications are a few thousand rows at most: held in memory to look up the task types at once.
        List<PublishedResults.Row> rows = new ArrayList<>();
        results.publishedOn(day, rows::add);
        if (rows.isEmpty()) {
            return;
        }
        Map<String, String> unitNames = organization.units().stream()
                .collect(Collectors.toMap(Organization.UnitView::code, Organization.UnitView::name, (a, b) -> a));
        Map<Long, String> types = plans.taskTypeKeys(rows.stream().map(PublishedResults.Row::taskId).distinct().toList());
        for (PublishedResults.Row r : rows) {
            out.accept(new FileDropRow(r.recordId(), r.correctsRecordId(), r.taskName(), types.get(r.taskId()),
                    r.year(), r.unitCode(), unitNames.getOrDefault(r.unitCode(), r.unitCode()), r.itemCode(),
                    r.itemVersion(), r.itemName(), r.uscc(), r.entityName(), r.field(), r.category(),
                    r.inspectionDate(), r.publishedOn()));
        }
    }
}
