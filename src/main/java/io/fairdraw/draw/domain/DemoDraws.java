package io.fairdraw.draw.domain;

import io.fairdraw.draw.DrawSetup;
import io.fairdraw.draw.RosterSource;
import io.fairdraw.organization.FairdrawUser;
import io.fairdraw.plan.DemoPlans;
import io.fairdraw.shared.ConflictError;
import io.fairdraw.shared.UserError;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.io.ClassPathResource;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Service;

/**
 * Demo draws ({@code seed/demo-draws.csv}): published plans, then each draw announced with a
 * declared demo dice beacon ({@code DICE}) available {@link #DICE_DELAY} after its announcement, and executed
 * in the background once that moment has passed with the listed value and, where a reason is
 * listed, one substitution requested by {@code planner.<unit>} and approved by {@code reviewer.<unit>},
 * through the same services people use, so the demo pages are real, verifiable draws. Every listed
 * value is fixed and each draw's outcome holds for any secret (issue 17): the routine and joint draws
 * pass the staffing condition (docs/draw-protocol-notes.md); the third asks for teams larger than its
 * roster, is announced only under a staffing override (requested by the planner, approved by the
 * reviewer, with the listed reason) and FAILS on every fresh start.
 */
@Service
class DemoDraws implements DrawSetup {

    private static final Logger log = LoggerFactory.getLogger(DemoDraws.class);

    /** The dice are "rolled" this long after start-up: announced before, executed after (FD-DRAW-1 §1). */
    static final Duration DICE_DELAY = Duration.ofSeconds(3);

    /**
     * One line of the demo file: the plan, its task, the dice, and the reasons (each may be empty) of a
     * substitution after execution and of a staffing override before announcement.
     */
    record Row(String unit, int year, String planTitle, DemoTask task, Dice dice, String substitutionReason,
               String overrideReason) {

        String taskName() {
            return task.name();
        }
    }

    /** The demo task: team size, 所所交叉, sampling percent and the partner unit of a joint task (empty if none). */
    record DemoTask(String name, int team, boolean crossOrg, int percent, String partner) {
    }

    /** The declared dice beacon (source code and event) and the value rolled at its moment. */
    record Dice(String source, String event, String value) {
    }

    /** A demo draw announced and waiting for its dice moment. */
    record Pending(String drawId, Row row) {
    }

    private final DemoPlans plans;
    private final DrawService service;
    private final SubstitutionService substitutions;
    private final StaffingOverrides overrides;
    private final DrawRepository draws;
    private final ObjectProvider<RosterSource> rosterSource;
    private final UserDetailsService users;
    private final Clock clock;

    DemoDraws(DemoPlans plans, DrawService service, SubstitutionService substitutions, StaffingOverrides overrides,
              DrawRepository draws, ObjectProvider<RosterSource> rosterSource,
              UserDetailsService users, Clock clock) {
        this.plans = plans;
        this.service = service;
        this.substitutions = substitutions;
        this.overrides = overrides;
        this.draws = draws;
        this.rosterSource = rosterSource;
        this.users = users;
        this.clock = clock;
    }

    @Override
    public CompletableFuture<Void> seedDemoIfEmpty() {
        if (draws.count() > 0) {
            return CompletableFuture.completedFuture(null);
        }
        if (rosterSource.getIfAvailable() == null) {
            log.info("Demo draws skipped: no inspector directory (RosterSource) is deployed");
            return CompletableFuture.completedFuture(null);
        }
        Instant lastMoment = Instant.now(clock);
        Map<String, List<Row>> byPlan = new LinkedHashMap<>();
        rows().forEach(r -> byPlan.computeIfAbsent(r.unit() + "/" + r.year(), k -> new ArrayList<>()).add(r));
        List<Pending> pending = new ArrayList<>();
        for (List<Row> planRows : byPlan.values()) {
            Row first = planRows.get(0);
            List<Long> taskIds = plans.publishedPlan(first.unit(), first.year(), first.planTitle(), planRows.stream()
                    .map(r -> new DemoPlans.DemoTask(r.taskName(), r.task().team(), r.task().crossOrg(),
                            r.task().percent(), r.dice().source(),
                            r.task().partner().isEmpty() ? null : r.task().partner())).toList());
            if (taskIds.isEmpty()) {
                log.info("Demo draws of {} {} skipped: no catalog item or entity for it, or a plan exists", first.unit(),
                        first.year());
                continue;
            }
            for (int i = 0; i < taskIds.size(); i++) {
                Row row = planRows.get(i);
                long taskId = taskIds.get(i);
                // Each draw's dice are rolled DICE_DELAY after its own announcement.
                Instant moment = Instant.now(clock).plus(DICE_DELAY).truncatedTo(ChronoUnit.SECONDS);
                lastMoment = moment.isAfter(lastMoment) ? moment : lastMoment;
                if (!row.overrideReason().isEmpty()) {
                    // Issue 17 item 5: the staffing check refuses this draw; two people let it through.
                    Optional<String> request = as(row, "planner", planner ->
                            String.valueOf(overrides.request(taskId, row.overrideReason(), planner)));
                    request.ifPresent(id -> as(row, "reviewer", reviewer -> {
                        overrides.approve(Long.parseLong(id), reviewer);
                        return id;
                    }));
                }
                as(row, "planner", planner -> service.announce(taskId,
                        List.of(new BeaconRequest(row.dice().source(), row.dice().event(), moment)), planner))
                        .ifPresent(drawId -> pending.add(new Pending(drawId, row)));
            }
        }
        if (pending.isEmpty()) {
            return CompletableFuture.completedFuture(null);
        }
        // Start-up does not wait for the dice: the draws are executed just after their moment.
        long wait = Math.max(0, Duration.between(Instant.now(clock), lastMoment).toMillis()) + 200;
        // A thread of its own, created here: it inherits this thread's class loader (the packaged app's).
        ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "demo-draws");
            thread.setDaemon(true);
            return thread;
        });
        CompletableFuture<Void> done = new CompletableFuture<>();
        timer.schedule(() -> {
            try {
                pending.forEach(this::execute);
                done.complete(null);
            } catch (RuntimeException e) {
                done.completeExceptionally(e);
            } finally {
                timer.shutdown();
            }
        }, wait, TimeUnit.MILLISECONDS);
        return done;
    }

    private void execute(Pending p) {
        as(p.row(), "planner", planner -> {
            try {
                service.execute(p.drawId(), p.row().dice().value(), planner);
            } catch (ConflictError e) {
                // "draw.failed": the draw is now FAILED, public and verifiable (that is the demo of a failure).
                log.info("Demo draw {} did not execute: {}", p.drawId(), e.messageKey());
                return null;
            }
            log.info("Demo draw {} executed", p.drawId());
            return p.drawId();
        }).filter(id -> !p.row().substitutionReason().isEmpty()).ifPresent(id -> substitute(p));
    }

    /** Issue 17 item 6: requested by the planner, approved by the unit's reviewer ("CODE:text"). */
    private void substitute(Pending p) {
        var first = draws.selection(p.drawId()).get(0);
        String[] reason = p.row().substitutionReason().split(":", 2);
        as(p.row(), "planner", planner -> String.valueOf(substitutions.request(p.drawId(), first.uscc(),
                first.inspectors().get(0), reason[0], reason.length > 1 ? reason[1] : "", planner)))
                .ifPresent(request -> as(p.row(), "reviewer", reviewer -> {
                    substitutions.approve(Long.parseLong(request), reviewer);
                    return request;
                }));
    }

    /** Runs {@code action} signed in as the row's unit's {@code role} account; empty when it is refused (logged). */
    private Optional<String> as(Row row, String role, Function<FairdrawUser, String> action) {
        FairdrawUser planner = (FairdrawUser) users.loadUserByUsername(role + "." + row.unit().toLowerCase(Locale.ROOT));
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(planner, null,
                planner.getAuthorities()));
        SecurityContextHolder.setContext(context);
        try {
            return Optional.ofNullable(action.apply(planner));
        } catch (UserError e) {
            log.info("Demo draw of task {} skipped: {}", row.taskName(), e.messageKey());
            return Optional.empty();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    static List<Row> rows() {
        try {
            String text = new ClassPathResource("seed/demo-draws.csv").getContentAsString(StandardCharsets.UTF_8);
            List<Row> rows = new ArrayList<>();
            for (String line : text.split("\n")) {
                String[] f = line.split(",", -1);
                if (line.isBlank() || f[0].equals("unit")) {
                    continue;
                }
                // unit,year,plan,task,team,crossOrg,percent,beaconSource,event,partner,beacon,substitution[,override]
                DemoTask task = new DemoTask(f[3], Integer.parseInt(f[4]), Boolean.parseBoolean(f[5]),
                        Integer.parseInt(f[6]), f[9]);
                rows.add(new Row(f[0], Integer.parseInt(f[1]), f[2], task, new Dice(f[7], f[8], f[10]), f[11].strip(),
                        f.length > 12 ? f[12].strip() : ""));
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
