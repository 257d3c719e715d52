package io.fairdraw.organization;

import java.util.List;
import java.util.Set;

/** Start-up seeding of the organisation: the demo organisation, or the first administrator. */
public interface OrganizationSetup {

    String DEMO_PASSWORD = "Fairdraw@2026";

    record DemoAccount(String username, String displayName, String unit, Set<Role> roles) {
    }

    /** Seeds the demo units and accounts when the database has no account yet. */
    void seedDemoIfEmpty();

    /** On an empty database: creates the data-center unit and the {@code admin} account. */
    void bootstrapAdminIfEmpty(String password, String unitCode, String unitName);

    List<DemoAccount> demoAccounts();
}
