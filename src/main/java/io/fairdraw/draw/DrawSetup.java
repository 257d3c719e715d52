package io.fairdraw.draw;

/** Start-up seeding: executed demo draws, so a newcomer sees real draw pages. */
public interface DrawSetup {

    /**
     * Seeds the demo draws when there is no draw yet and the data they need (catalog items,
     * entities, inspectors of D01) exists; otherwise logs why it skipped.
     */
    void seedDemoIfEmpty();
}
