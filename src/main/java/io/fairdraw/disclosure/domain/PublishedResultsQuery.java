package io.fairdraw.disclosure.domain;

import io.fairdraw.disclosure.PublishedResults;
import java.time.LocalDate;
import java.util.function.Consumer;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The published rows of one day through the open-data reading ({@link PublishedResultRepository#eachPublishedOn}). */
@Component
class PublishedResultsQuery implements PublishedResults {

    private final PublishedResultRepository repository;

    PublishedResultsQuery(PublishedResultRepository repository) {
        this.repository = repository;
    }

    @Override
    @Transactional(readOnly = true)
    public void publishedOn(LocalDate day, Consumer<Row> out) {
        repository.eachPublishedOn(day, (r, corrects, taskId) -> out.accept(new Row(r.recordId(), corrects, taskId,
                r.taskName(), r.year(), r.unitCode(), r.itemCode(), r.itemVersion(), r.itemName(), r.uscc(),
                r.entityName(), r.field(), r.category(), r.inspectionDate(), r.publishedOn())));
    }
}
