package io.fairdraw.registry;

/** Start-up seeding of the 名录库 with synthetic demo entities. */
public interface RegistrySetup {

    /** Seeds a few thousand demo entities across the divisions when the registry is empty. */
    void seedDemoIfEmpty();
}
