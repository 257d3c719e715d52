package io.fairdraw.catalog;

/** Status of a catalog item; labels {@code catalog.status.<NAME>}. A retired item keeps its history. */
public enum ItemStatus {
    ACTIVE, RETIRED
}
