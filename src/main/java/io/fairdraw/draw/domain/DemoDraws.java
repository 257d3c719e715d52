package io.fairdraw.draw.domain;

import io.fairdraw.draw.DrawSetup;
import io.fairdraw.draw.RosterSource;
import io.fairdraw.organization.FairdrawUser;
import io.fairdraw.plan.DemoPlans;
import io.fairdraw.shared.UserError;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
 * Demo draws ({@code seed/demo-draws.csv}): published plans, then announce, execute with the
 * listed beacon and, where a reason is listed, one substitution — as {@code planner.<unit>}, the
 * substitution approved by {@code reviewer.<unit>},
 * through the same service a planner uses, so the demo pages are real, verifiable draws.
 */
@Service
class DemoDraws implements DrawSetup {

    private static final Logger log = LoggerFactory.getLogger(DemoDraws.class);

    record Row(String unit, int year, String planTitle, String taskName, int team, boolean crossOrg, int percent,
               String beaconSource, String partner, String beacon, String substitutionReason) {
    }

    private final DemoPlans plans;
    private final DrawService service;
    private final SubstitutionService substitutions;
    private final PublishedDraws published;
    private final DrawRepository draws;
    private final ObjectProvider<RosterSource> rosterSource;
    private final UserDetailsService users;

    DemoDraws(DemoPlans plans, DrawService service, SubstitutionService substitutions, PublishedDraws published,
              DrawRepository draws, ObjectProvider<RosterSource> rosterSource, UserDetailsService users) {
        this.plans = plans;
        this.service = service;
        this.substitutions = substitutions;
        this.published = published;
        this.draws = draws;
        this.rosterSource = rosterSource;
        this.users = users;
    }

    @Override
    public void seedDemoIfEmpty() {
        if (draws.count() > 0) {
            return;
        }
        if (rosterSource.getIfAvailable() == null) {
            log.info("Demo draws skipped: no inspector directory (RosterSource) is deployed");
            return;
        }
        Map<String, List<Row>> byPlan = new LinkedHashMap<>();
        rows().forEach(r -> byPlan.computeIfAbsent(r.unit() + "/" + r.year(), k -> new ArrayList<>()).add(r));
        for (List<Row> planRows : byPlan.values()) {
            Row first = planRows.get(0);
            List<Long> taskIds = plans.publishedPlan(first.unit(), first.year(), first.planTitle(), planRows.stream()
                    .map(r -> new DemoPlans.DemoTask(r.taskName(), r.team(), r.crossOrg(), r.percent(), r.beaconSource(),
                            r.partner().isEmpty() ? null : r.partner())).toList());
            if (taskIds.isEmpty()) {
                log.info("Demo draws of {} {} skipped: no catalog item or entity for it, or a plan exists", first.unit(),
                        first.year());
                continue;
            }
            for (int i = 0; i < taskIds.size(); i++) {
                draw(taskIds.get(i), planRows.get(i));
            }
        }
    }

    private void draw(long taskId, Row row) {
        FairdrawUser planner = signIn("planner." + row.unit().toLowerCase(Locale.ROOT));
        SecurityContext previous = SecurityContextHolder.getContext();
        try {
            String drawId = service.announce(taskId, planner);
            service.execute(drawId, row.beacon(), planner);
            if (!row.substitutionReason().isEmpty()) {
                // Issue 17 item 6: requested by the planner, approved by the unit's reviewer ("CODE:text").
                var first = published.find(drawId).orElseThrow().selected().get(0);
                String[] reason = row.substitutionReason().split(":", 2);
                long request = substitutions.request(drawId, first.uscc(), first.inspectors().get(0), reason[0],
                        reason.length > 1 ? reason[1] : "", planner);
                substitutions.approve(request, signIn("reviewer." + row.unit().toLowerCase(Locale.ROOT)));
            }
            log.info("Demo draw {} executed", drawId);
        } catch (UserError e) {
            log.info("Demo draw of task {} skipped: {} {}", taskId, e.messageKey(), java.util.Arrays.toString(e.args()));
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    private FairdrawUser signIn(String username) {
        FairdrawUser user = (FairdrawUser) users.loadUserByUsername(username);
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        SecurityContextHolder.setContext(context);
        return user;
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
                rows.add(new Row(f[0], Integer.parseInt(f[1]), f[2], f[3], Integer.parseInt(f[4]),
                        Boolean.parseBoolean(f[5]), Integer.parseInt(f[6]), f[7], f[8], f[9], f[10].strip()));
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
