package io.fairdraw.system.demo;

import io.fairdraw.calendar.CalendarSetup;
import io.fairdraw.catalog.CatalogSetup;
import io.fairdraw.inspection.InspectionSetup;
import io.fairdraw.inspector.InspectorSetup;
import io.fairdraw.draw.DrawSetup;
import io.fairdraw.organization.OrganizationSetup;
import io.fairdraw.registry.RegistrySetup;
import java.util.concurrent.CompletableFuture;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Start-up: demo data (default) or the first administrator (production, {@code fairdraw.demo.enabled=false}),
 * then a banner with the URL and the demo logins.
 */
@Component
class Startup implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(Startup.class);

    private final OrganizationSetup organization;
    private final CalendarSetup calendar;
    private final CatalogSetup catalog;
    private final InspectorSetup inspectors;
    private final RegistrySetup registry;
    private final DrawSetup draws;
    private final InspectionSetup inspections;
    private final Environment env;
    private final boolean demoEnabled;

    Startup(OrganizationSetup organization, CalendarSetup calendar, CatalogSetup catalog, InspectorSetup inspectors,
            RegistrySetup registry, DrawSetup draws, InspectionSetup inspections, Environment env, @Value("${fairdraw.demo.enabled:true}") boolean demoEnabled) {
        this.organization = organization;
        this.calendar = calendar;
        this.catalog = catalog;
        this.inspectors = inspectors;
        this.registry = registry;
        this.draws = draws;
        this.inspections = inspections;
        this.env = env;
        this.demoEnabled = demoEnabled;
    }

    @Override
    public void run(ApplicationArguments args) {
        calendar.seedIfEmpty();
        if (demoEnabled) {
            organization.seedDemoIfEmpty();
            // Each module seeds its sample data only when its own tables are empty.
            catalog.seedDemoIfEmpty();
            inspectors.seedDemoIfEmpty();
            registry.seedDemoIfEmpty();
            // Last: demo draws need the other modules' demo data (catalog, entities, inspectors). They
            // are announced now and executed in the background once their declared dice moment has
            // passed (FD-DRAW-1 §1); then demo results go on their visits (and, through credit, a
            // class change). Tests wait for it (fairdraw.demo.await-draws), a demo start-up does not.
            CompletableFuture<Void> demo = draws.seedDemoIfEmpty().thenRun(inspections::seedDemoIfEmpty)
                    .whenComplete((done, failure) -> {
                        if (failure != null) {
                            log.error("Demo draws or results failed", failure);
                        } else {
                            log.info("Demo data complete: draws executed, results recorded");
                        }
                    });
            if (env.getProperty("fairdraw.demo.await-draws", Boolean.class, false)) {
                demo.join();
            }
        } else {
            organization.bootstrapAdminIfEmpty(env.getProperty("fairdraw.admin.password", ""),
                    env.getProperty("fairdraw.admin.unit-code", "DC"),
                    env.getProperty("fairdraw.admin.unit-name", "Data Center"));
        }
    }

    /**
     * The banner says "running" only once requests are accepted (StartupGateFilter answers 503 until
     * readiness turns to ACCEPTING_TRAFFIC, which Spring Boot publishes just after ApplicationReadyEvent):
     * whoever waits for it, a person or a test, can use the URL at once.
     */
    @EventListener
    void banner(AvailabilityChangeEvent<ReadinessState> ready) {
        if (ready.getState() != ReadinessState.ACCEPTING_TRAFFIC) {
            return;
        }
        String port = env.getProperty("local.server.port", "8080");
        String path = env.getProperty("server.servlet.context-path", "");
        StringBuilder sb = new StringBuilder("\n=== Fairdraw is running: http://localhost:" + port + path + "/ ===\n");
        if (demoEnabled) {
            sb.append("Demo logins (password ").append(OrganizationSetup.DEMO_PASSWORD).append("):\n");
            for (OrganizationSetup.DemoAccount a : organization.demoAccounts()) {
                sb.append(String.format("  %-16s %-12s %s%n", a.username(), a.roles(), a.unit()));
            }
        }
        System.out.println(sb);
    }
}
