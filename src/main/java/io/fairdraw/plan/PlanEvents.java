package io.fairdraw.plan;

/** Events the plan module publishes; the disclosure module renders published plans. */
public final class PlanEvents {

    private PlanEvents() {
    }

    public record PlanSubmitted(long planId, String unitCode, int year) {
    }

    public record PlanReturned(long planId, String unitCode, int year, String reason) {
    }

    public record PlanApproved(long planId, String unitCode, int year) {
    }

    public record PlanPublished(long planId, String unitCode, int year) {
    }
}
