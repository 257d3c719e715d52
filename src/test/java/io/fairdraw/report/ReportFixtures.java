package io.fairdraw.report;

import io.fairdraw.support.Beacons;
import static org.assertj.core.api.Assertions.assertThat;

import io.fairdraw.disclosure.DisclosureEvents;
import io.fairdraw.inspection.Disposal;
import io.fairdraw.inspection.InspectionEvents;
import io.fairdraw.inspection.ResultCategory;
import io.fairdraw.plan.DemoPlans;
import io.fairdraw.plan.TaskView;
import io.fairdraw.support.WebClient;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Real data for report and reminder ITs: a published plan, an executed draw (through the API, so
 * the draw module publishes DrawExecuted), and the inspection and disclosure events published
 * inside a transaction exactly as those modules do.
 */
final class ReportFixtures {

    static final JsonMapper JSON = JsonMapper.builder().build();

    record Selected(String uscc, String orgCode, List<String> inspectors) {
    }

    record Draw(long taskId, String drawId, List<Selected> selected) {
    }

    private ReportFixtures() {
    }

    static Draw executedDraw(DemoPlans plans, WebClient client, String unit, int year, int percent) {
        List<Long> ids = plans.publishedPlan(unit, year, "IT report " + year, List.of(new DemoPlans.DemoTask(
                "IT report task " + unit + " " + year, 2, false, percent, "IT report beacon " + year, null)));
        assertThat(ids).as("plan %s %s created", unit, year).hasSize(1);
        long taskId = ids.get(0);
        String planner = "planner." + unit.toLowerCase(java.util.Locale.ROOT);
        HttpResponse<String> announced = client.api("POST", "/api/v1/tasks/" + taskId + "/draws", planner,
                Beacons.declaration(client));
        assertThat(announced.statusCode()).as(announced.body()).isEqualTo(201);
        String drawId = JSON.readTree(announced.body()).get("drawId").stringValue();
        HttpResponse<String> executed = Beacons.afterDeclaredMoments(client, () -> client.api("POST",
                "/api/v1/draws/" + drawId + "/execute", planner, "{\"beacon\":\"IT report " + unit + " " + year + " 1 2 3\"}"));
        assertThat(executed.statusCode()).as(executed.body()).isEqualTo(200);
        JsonNode record = JSON.readTree(client.get("/public/draws/" + drawId + ".json").body());
        List<Selected> selected = new ArrayList<>();
        for (JsonNode s : record.get("selected")) {
            List<String> team = new ArrayList<>();
            s.get("inspectors").forEach(i -> team.add(i.stringValue()));
            selected.add(new Selected(s.get("uscc").stringValue(), s.get("orgCode").stringValue(), team));
        }
        return new Draw(taskId, drawId, selected);
    }

    static InspectionEvents.ResultApproved approved(long recordId, Long corrects, TaskView task, String drawId,
                                                    Selected s, String field, LocalDate approvedOn,
                                                    Map<String, ResultCategory> categories) {
        List<InspectionEvents.ItemResult> items = task.items().stream().map(i -> new InspectionEvents.ItemResult(
                i.code(), 1, i.name(), i.unitCode(), categories.getOrDefault(i.code(), ResultCategory.NO_PROBLEM),
                Disposal.NONE)).toList();
        return new InspectionEvents.ResultApproved(recordId, corrects,
                new InspectionEvents.ResultApproved.Task(task.taskId(), task.name(), task.year(), task.planUnit()),
                new InspectionEvents.ResultApproved.Visited(recordId, drawId, s.uscc(), "IT entity " + s.uscc(), field,
                        s.inspectors(), approvedOn),
                new InspectionEvents.ResultApproved.Approval(
                        "reviewer." + task.planUnit().toLowerCase(java.util.Locale.ROOT), Instant.now(), approvedOn),
                items, new InspectionEvents.ResultApproved.Publication(approvedOn,
                        io.fairdraw.support.OfficialCalendar.publicationDue(approvedOn)));
    }

    static void publishInTransaction(TransactionTemplate tx, ApplicationEventPublisher events, Object... published) {
        tx.executeWithoutResult(status -> {
            for (Object e : published) {
                events.publishEvent(e);
            }
        });
    }

    static DisclosureEvents.ResultPublished published(InspectionEvents.ResultApproved a, LocalDate dueOn,
                                                      LocalDate publishedOn) {
        return new DisclosureEvents.ResultPublished(a.recordId(), a.taskId(), a.unitCode(), a.uscc(), a.approvedOn(),
                dueOn, publishedOn, !publishedOn.isAfter(dueOn));
    }
}
