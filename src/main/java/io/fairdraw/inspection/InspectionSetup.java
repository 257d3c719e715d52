package io.fairdraw.inspection;

/** Start-up seeding: links the demo inspector accounts and records a few demo visits. */
public interface InspectionSetup {

    /** Runs after the demo draws; does nothing when a record exists already or there is no visit. */
    void seedDemoIfEmpty();
}
