package io.fairdraw.draw;

import io.fairdraw.support.Beacons;
import static org.assertj.core.api.Assertions.assertThat;

import io.fairdraw.plan.DemoPlans;
import io.fairdraw.support.WebClient;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.node.ObjectNode;

/**
 * Draw ITs share one application context and database: each test class takes its own plan year
 * (one plan per unit and year), so demo data and other tests never collide with it.
 */
final class DrawFixtures {

    /** A value of the demo dice source's format (five dice). */
    static final String BEACON = "36142";

    private static final Pattern DRAW_ID = Pattern.compile("\"drawId\"\\s*:\\s*\"([^\"]+)\"");

    private DrawFixtures() {
    }

    /** A published plan of {@code unit} in {@code year} with one task; returns the task id. */
    static long publishedTask(DemoPlans plans, String unit, int year, int team, boolean crossOrg, int percent,
                              String partner) {
        List<Long> ids = plans.publishedPlan(unit, year, "IT " + year, List.of(new DemoPlans.DemoTask(
                "IT task " + year, team, crossOrg, percent, "IT beacon source " + year, partner)));
        assertThat(ids).as("plan %s %s created", unit, year).hasSize(1);
        return ids.get(0);
    }

    static String announce(WebClient client, long taskId, String user) {
        HttpResponse<String> r = client.api("POST", "/api/v1/tasks/" + taskId + "/draws", user,
                Beacons.declaration(client));
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        return drawId(r.body());
    }

    /**
     * Issue 17 item 5: a draw the staffing condition refuses is announced only under an override,
     * requested by the unit's planner and approved by its reviewer.
     */
    static long overrideStaffing(WebClient client, long taskId, String unit) {
        String lower = unit.toLowerCase(java.util.Locale.ROOT);
        HttpResponse<String> r = client.api("POST", "/api/v1/tasks/" + taskId + "/staffing-overrides", "planner." + lower,
                "{\"reason\":\"IT override\"}");
        assertThat(r.statusCode()).as(r.body()).isEqualTo(202);
        Matcher m = Pattern.compile("\"overrideId\"\\s*:\\s*(\\d+)").matcher(r.body());
        assertThat(m.find()).isTrue();
        long id = Long.parseLong(m.group(1));
        HttpResponse<String> approved = client.api("POST", "/api/v1/staffing-overrides/" + id + "/approve",
                "reviewer." + lower, null);
        assertThat(approved.statusCode()).as(approved.body()).isEqualTo(200);
        return id;
    }

    /** Executes once the declared moment has passed (FD-DRAW-1 §1: refused before). */
    static HttpResponse<String> execute(WebClient client, String drawId, String user, String beacon) {
        return Beacons.afterDeclaredMoments(client, () -> client.api("POST", "/api/v1/draws/" + drawId + "/execute",
                user, "{\"beacon\":\"" + beacon.replace("\"", "\\\"") + "\"}"));
    }

    /**
     * Rewrites an executed record as FAILED with a made-up failure, as a server faking a failure to
     * get a second roll would publish it: no selection, no substitutions.
     */
    static void claimFailure(ObjectNode record, String uscc, String rule) {
        record.put("status", "FAILED");
        record.remove("selected");
        record.remove("substitutions");
        ObjectNode failure = record.putObject("failure");
        failure.put("uscc", uscc);
        failure.put("rule", rule);
    }

    static String drawId(String json) {
        Matcher m = DRAW_ID.matcher(json);
        assertThat(m.find()).as(json).isTrue();
        return m.group(1);
    }
}
