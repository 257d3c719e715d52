package io.fairdraw.catalog;

/** Start-up seeding of the demo catalog. */
public interface CatalogSetup {

    /** Seeds the sample items ({@code seed/demo-catalog.csv}) when the catalog is empty. */
    void seedDemoIfEmpty();
}
