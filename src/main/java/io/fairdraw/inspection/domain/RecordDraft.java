package io.fairdraw.inspection.domain;

import io.fairdraw.inspection.Disposal;
import io.fairdraw.inspection.ResultCategory;
import java.time.LocalDate;
import java.util.Map;

/**
 * What the team typed: the inspection date, an optional entity-level category (applies to every
 * item at once) and, per item code, category, disposal and findings. Anything may still be empty:
 * a draft is saved as typed; completeness is checked on confirmation and submission.
 */
public record RecordDraft(LocalDate inspectionDate, ResultCategory entityCategory, Map<String, Item> items) {

    public record Item(ResultCategory category, Disposal disposal, String findings) {
    }

    public RecordDraft {
        items = Map.copyOf(items);
    }
}
