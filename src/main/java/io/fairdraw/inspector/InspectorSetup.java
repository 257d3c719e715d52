package io.fairdraw.inspector;

/** Start-up seeding of the demo inspector directory. */
public interface InspectorSetup {

    /** Seeds the sample inspectors, leaves and conflicts when the directory is empty. */
    void seedDemoIfEmpty();
}
