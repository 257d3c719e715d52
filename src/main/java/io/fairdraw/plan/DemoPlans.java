package io.fairdraw.plan;

import java.util.List;

/**
 * Demo data for other modules' seeders (the draw's demo draws): a published annual plan with
 * tasks, made through the same audited transitions a planner and a reviewer use.
 */
public interface DemoPlans {

    /** One task; its items are the unit's current catalog items with a legal basis. */
    record DemoTask(String taskName, int teamSize, boolean crossOrg, int ratioPercent, String beaconSource,
                    String partnerUnit) {
    }

    /**
     * Creates the unit's plan of that year with these tasks (and, where {@code partnerUnit} is
     * set, the confirmed joint partner), then submits, approves and publishes it. Returns the task
     * ids, or an empty list when the unit has no catalog item or no entity to draw from, or
     * already has a plan that year.
     */
    List<Long> publishedPlan(String unitCode, int year, String title, List<DemoTask> tasks);
}
