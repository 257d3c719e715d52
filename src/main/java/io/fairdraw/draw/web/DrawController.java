package io.fairdraw.draw.web;

import io.fairdraw.draw.domain.BeaconRequest;
import io.fairdraw.draw.domain.BeaconSource;
import io.fairdraw.draw.domain.BeaconSources;
import io.fairdraw.draw.domain.DeclaredBeacon;
import io.fairdraw.draw.domain.Draw;
import io.fairdraw.draw.domain.DrawService;
import io.fairdraw.draw.domain.PublishedDraw;
import io.fairdraw.draw.domain.PublishedDraws;
import io.fairdraw.draw.domain.StaffingOverrides;
import io.fairdraw.draw.domain.SubstitutionService;
import io.fairdraw.organization.FairdrawUser;
import io.fairdraw.organization.OutOfScopeException;
import io.fairdraw.plan.TaskView;
import io.fairdraw.shared.BusinessClock;
import io.fairdraw.shared.UserError;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The planner's draw page of a task: announce, enter the beacon and execute, substitute. Every
 * action is audited by the service; errors come back as the page's flash message.
 */
@Controller
class DrawController {

    static final String TASK_DRAWS = "draw/task-draws";

    private final DrawService service;
    private final PublishedDraws published;
    private final MessageSource messages;
    private final SubstitutionService substitutions;
    private final StaffingOverrides overrides;
    private final BeaconSources sources;
    private final DrawPageNotes notes;
    private final Clock clock;

    DrawController(DrawService service, PublishedDraws published, MessageSource messages,
                   SubstitutionService substitutions, StaffingOverrides overrides, BeaconSources sources,
                   DrawPageNotes notes, Clock clock) {
        this.notes = notes;
        this.clock = clock;
        this.sources = sources;
        this.service = service;
        this.published = published;
        this.messages = messages;
        this.substitutions = substitutions;
        this.overrides = overrides;
    }

    @GetMapping("/tasks/{taskId}/draws")
    String taskDraws(@PathVariable long taskId, @AuthenticationPrincipal FairdrawUser user, Model model) {
        List<Draw> draws = service.forTask(taskId);
        TaskView task = service.task(taskId).orElseThrow(() -> new OutOfScopeException("task:" + taskId, false));
        Optional<PublishedDraw> live = draws.stream().filter(d -> !d.status().name().equals("SUPERSEDED"))
                .findFirst().flatMap(d -> published.find(d.drawId()));
        model.addAttribute("task", task);
        model.addAttribute("draws", draws);
        model.addAttribute("live", live.orElse(null));
        model.addAttribute("teams", live.map(Teams::current).orElse(null));
        live.ifPresent(d -> notes.addTo(model, taskId, d.draw().drawId()));   // issue 19: item scope, 联合检查
        model.addAttribute("mayAct", service.mayAct(task.planUnit(), user));
        // Issue 17 item 6: requests and their decisions; a reviewer of the unit decides others' requests.
        model.addAttribute("requests", live.map(d -> substitutions.requests(d.draw().drawId())).orElse(List.of()));
        model.addAttribute("mayDecide", substitutions.mayDecide(task.planUnit(), user));
        model.addAttribute("me", user == null ? "" : user.username());
        // Issue 17 item 5: overrides of the staffing check of this task, and the one the live draw used.
        model.addAttribute("overrides", overrides.forTask(taskId));
        model.addAttribute("overrideDecide", overrides.mayDecide(task.planUnit(), user));
        model.addAttribute("liveOverride", live.flatMap(d -> overrides.forDraw(d.draw().drawId())).orElse(null));
        // issue 17: the task's beaconSource is the default source code of its announcements.
        model.addAttribute("beaconSources", sources.list());
        model.addAttribute("defaultSource", sources.find(task.beaconSource()).map(BeaconSource::code).orElse(null));
        List<DeclaredBeacon> beacons = live.map(d -> published.declaration(d.draw().drawId())).orElse(List.of());
        model.addAttribute("beacons", beacons);
        addValueMoment(model, beacons);
        return TASK_DRAWS;
    }

    /**
     * Issue 21 item 5, an action not yet possible is disabled and says why (FD-DRAW-1 §1, BeaconRules):
     * before the last declared moment the draw cannot be executed; from it on, the announcement can no
     * longer be voided. {@code valueAt} (epoch ms) lets the page switch both at that moment.
     */
    private void addValueMoment(Model model, List<DeclaredBeacon> beacons) {
        Instant at = beacons.stream().map(DeclaredBeacon::availableAt).max(Comparator.naturalOrder()).orElse(null);
        model.addAttribute("valueExists", at == null || !Instant.now(clock).isBefore(at));
        model.addAttribute("valueAt", at == null ? null : at.toEpochMilli());
        model.addAttribute("valueAtText", at == null ? "" : MOMENT.format(at.atZone(BusinessClock.ZONE)));
    }

    private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    // The form declares one beacon source (the API declares several): its code, the event and the
    // moment its value exists, in the administration's time zone (datetime-local has no offset).
    @PostMapping("/tasks/{taskId}/draws")
    String announce(@PathVariable long taskId, @RequestParam(required = false) String source,
                    @RequestParam(required = false) String event, @RequestParam(required = false) String availableAt,
                    @AuthenticationPrincipal FairdrawUser user, RedirectAttributes redirect, Locale locale) {
        redirect.addFlashAttribute("typedSource", source);
        redirect.addFlashAttribute("typedEvent", event);
        redirect.addFlashAttribute("typedAvailableAt", availableAt);
        return act(taskId, redirect, locale, () -> {
            Instant at;
            try {
                at = availableAt == null || availableAt.isBlank() ? null
                        : LocalDateTime.parse(availableAt).atZone(BusinessClock.ZONE).toInstant();
            } catch (DateTimeParseException e) {
                throw new UserError("availableAt", "draw.beacon.available_at.invalid", availableAt);
            }
            String drawId = service.announce(taskId, List.of(new BeaconRequest(source, event, at)), user);
            redirect.addFlashAttribute("flash", messages.getMessage("draw.announced", new Object[] {drawId}, locale));
        });
    }

    // taskId only chooses the page to return to, and target is checked by the service: both are
    // optional so that the service refuses a caller who may not act before anything of the request is
    // looked at (403/404, not 400; docs/security.md).
    @PostMapping("/draws/{drawId}/execute")
    String execute(@PathVariable String drawId, @RequestParam(required = false) Long taskId,
                   @RequestParam(required = false) String beacon,
                   @AuthenticationPrincipal FairdrawUser user, RedirectAttributes redirect, Locale locale) {
        return act(taskId, redirect, locale, () -> {
            service.execute(drawId, beacon, user);
            redirect.addFlashAttribute("flash", messages.getMessage("draw.executed", new Object[] {drawId}, locale));
        });
    }

    /** The auditor's downloads in the browser session (the API has the same under /api/v1). */
    @GetMapping("/audit/draws/{drawId}/roster.csv")
    ResponseEntity<byte[]> roster(@PathVariable String drawId, @AuthenticationPrincipal FairdrawUser user) {
        return PublicDrawController.csv(published.roster(drawId, user)
                .orElseThrow(() -> PublicDrawController.notFound(drawId)));
    }

    @GetMapping("/audit/draws/{drawId}/conflicts.csv")
    ResponseEntity<byte[]> conflicts(@PathVariable String drawId, @AuthenticationPrincipal FairdrawUser user) {
        return PublicDrawController.csv(published.conflicts(drawId, user)
                .orElseThrow(() -> PublicDrawController.notFound(drawId)));
    }

    private String act(Long taskId, RedirectAttributes redirect, Locale locale, Runnable action) {
        try {
            action.run();
        } catch (UserError e) {
            redirect.addFlashAttribute("error", messages.getMessage(e.messageKey(), e.args(), e.messageKey(), locale));
        }
        return taskId == null ? "redirect:/" : "redirect:/tasks/" + taskId + "/draws";
    }
}
