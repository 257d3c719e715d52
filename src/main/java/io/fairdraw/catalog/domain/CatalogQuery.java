package io.fairdraw.catalog.domain;

import io.fairdraw.catalog.ItemStatus;
import io.fairdraw.shared.SupervisionField;

/** Filters of the catalog list; nulls mean "any". */
public record CatalogQuery(String text, SupervisionField field, ItemStatus status, String unit) {
}
