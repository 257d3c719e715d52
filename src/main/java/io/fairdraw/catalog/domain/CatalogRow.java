package io.fairdraw.catalog.domain;

import io.fairdraw.catalog.ItemVersion;
import java.time.LocalDate;

/** A line of the catalog list: the item's latest version, whether it is sample data, when it was retired. */
public record CatalogRow(ItemVersion latest, boolean sample, LocalDate retiredOn) {
}
