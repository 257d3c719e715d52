package io.fairdraw.support;

import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A published plan with one drawable task on an application run as a process, made through its
 * pages and API as planner and reviewer do it; and the draw calls. For the fault and two-node tests.
 */
public final class ProcessPlans {

    private static final Pattern DRAW_ID = Pattern.compile("\"drawId\"\\s*:\\s*\"([^\"]+)\"");

    private ProcessPlans() {
    }

    /** Creates, submits, approves and publishes unit D01's plan of {@code year}; returns the task id. */
    public static long publishedTask(int port, int year, long itemVersionId) {
        WebClient planner = WebClient.loggedIn(port, "planner.d01");
        planner.get("/plans");
        HttpResponse<String> created = planner.postForm("/plans", Map.of("year", String.valueOf(year),
                "title", year + " fault test plan"));
        long plan = idFrom(created);
        planner.get("/plans/" + plan + "/tasks/new");
        HttpResponse<String> task = planner.postForm("/plans/" + plan + "/tasks", taskForm(itemVersionId, year));
        long taskId = idFrom(task);
        WebClient api = new WebClient(port);
        for (String[] step : new String[][] {{"planner.d01", "submit"}, {"reviewer.d01", "approve"},
                {"reviewer.d01", "publish"}}) {
            // Issue 19 item 1: one task does not meet every item's floor: the reviewer gives the reason.
            HttpResponse<String> r = api.api("POST", "/api/v1/plans/" + plan + "/" + step[1], step[0],
                    step[1].equals("approve") ? "{\"coverageReason\":\"IT: below the catalog floor\"}" : null);
            if (r.statusCode() != 200) {
                throw new IllegalStateException(step[1] + " failed: " + r.statusCode() + " " + r.body());
            }
        }
        return taskId;
    }

    public static String announce(WebClient client, long taskId) {
        HttpResponse<String> r = client.api("POST", "/api/v1/tasks/" + taskId + "/draws", "planner.d01",
                Beacons.declaration(client));
        if (r.statusCode() != 201) {
            throw new IllegalStateException("announce failed: " + r.statusCode() + " " + r.body());
        }
        Matcher m = DRAW_ID.matcher(r.body());
        if (!m.find()) {
            throw new IllegalStateException(r.body());
        }
        return m.group(1);
    }

    public static HttpResponse<String> execute(WebClient client, String drawId, String beacon) {
        return Beacons.afterDeclaredMoments(client, () -> client.api("POST", "/api/v1/draws/" + drawId + "/execute",
                "planner.d01", "{\"beacon\":\"" + beacon + "\"}"));
    }

    private static Map<String, String> taskForm(long itemVersionId, int year) {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("name", year + " fault test task");
        f.put("itemVersionIds", String.valueOf(itemVersionId));
        f.put("teamSize", "2");
        f.put("capSlack", "1");
        f.put("coolDownMonths", "12");
        f.put("periodStart", year + "-04-01");
        f.put("periodEnd", year + "-10-31");
        f.put("beaconSource", "fault test " + year + " dice");
        f.put("statuses", "ACTIVE");
        f.put("entityTypes", "");
        for (String s : new String[] {"A", "B", "C", "D", "X"}) {
            f.put("ratio" + s, "5");
            f.put("min" + s, "0");
        }
        return f;
    }

    private static long idFrom(HttpResponse<String> r) {
        String location = r.headers().firstValue("Location")
                .orElseThrow(() -> new IllegalStateException(r.statusCode() + ": " + r.body()));
        return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
    }
}
