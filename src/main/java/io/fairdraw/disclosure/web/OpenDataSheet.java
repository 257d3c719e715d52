package io.fairdraw.disclosure.web;

import io.fairdraw.disclosure.domain.PublicResult;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;

/**
 * The published results as a table for people: {@code results.csv} and {@code results.xlsx}
 * (issue 21 item 3). Headers come from the bundle ({@code opendata.col.*}, Chinese by default) and
 * codes are resolved to names: the unit's name beside its code, the supervision field and the
 * result category by their labels. Machines read {@code results.json}, whose field names never change
 * ({@link OpenDataRow}, documented by {@code /public/open-data/results.schema.json}).
 */
final class OpenDataSheet {

    /** Column keys, in order; the header of each is the message {@code opendata.col.<key>}. */
    static final List<String> COLUMNS = List.of("record_id", "task", "year", "unit_code", "unit_name", "item_code",
            "item_version", "item_name", "uscc", "entity_name", "field", "result", "inspection_date", "published_on",
            "corrected_by_record_id");

    private OpenDataSheet() {
    }

    static List<String> headers(MessageSource messages, Locale locale) {
        return COLUMNS.stream().map(c -> messages.getMessage("opendata.col." + c, null, locale)).toList();
    }

    static List<Object> cells(PublicResult r, PortalLabels labels, Locale locale) {
        return Arrays.asList(r.recordId(), r.taskName(), r.year(), r.unitCode(), labels.unitName(r.unitCode()),
                r.itemCode(), r.itemVersion(), r.itemName(), r.uscc(), r.entityName(),
                labels.field(r.field(), locale), labels.category(r.category(), locale),
                r.inspectionDate(), r.publishedOn(), r.correctedByRecordId());
    }
}
