package io.fairdraw.disclosure.web;

import io.fairdraw.calendar.WorkingDays;
import io.fairdraw.disclosure.domain.Portal;
import io.fairdraw.disclosure.domain.PublicResult;
import io.fairdraw.disclosure.domain.ResultQuery;
import io.fairdraw.draw.DrawFeed;
import io.fairdraw.inspection.ResultCategory;
import io.fairdraw.shared.BusinessClock;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * What the 政务服务大厅's screen shows (issue 21 item 8; the seed: 通过门户网站、政务服务大厅等渠道公布):
 * the draws about to happen, the draws just executed, and the results published this week. Labels
 * are resolved here, so the page's script only places text. Few rows per column: the type is 32 px
 * or more, read from 5 m, and a 1080 px screen holds about this many two-line rows (HallScreenBrowserIT).
 */
@Component
class HallScreen {

    static final int ROWS = 6;
    /** "Just executed": within the last week, as the results column shows the week. */
    static final Duration JUST = Duration.ofDays(7);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(BusinessClock.ZONE);

    /** One row as the screen prints it: a main line and a line under it; {@code key} tells rows apart. */
    record Row(String key, String main, String meta) {
    }

    record View(String updatedAt, List<Row> upcoming, List<Row> executed, List<Row> results, String resultsNote) {
    }

    private final DrawFeed draws;
    private final Portal portal;
    private final PortalLabels labels;
    private final MessageSource messages;
    private final Clock clock;

    HallScreen(DrawFeed draws, Portal portal, PortalLabels labels, MessageSource messages, Clock clock) {
        this.draws = draws;
        this.portal = portal;
        this.labels = labels;
        this.messages = messages;
        this.clock = clock;
    }

    View now(Locale locale) {
        Instant now = clock.instant();
        LocalDate monday = WorkingDays.weekStart(BusinessClock.today(clock));
        List<Row> upcoming = draws.upcoming(now, now.minus(JUST), ROWS).stream().map(d -> new Row(d.drawId(),
                d.taskName(), text("screen.draw.upcoming", locale, labels.unitName(d.unitCode()),
                        TIME.format(d.beaconAt())))).toList();
        List<Row> executed = draws.executedSince(now.minus(JUST), ROWS).stream().map(d -> new Row(d.drawId(),
                d.taskName(), text("screen.draw.executed", locale, labels.unitName(d.unitCode()),
                        text("screen.status." + d.status(), locale), TIME.format(d.executedAt())))).toList();
        // Newest published first: the week's rows are a prefix of the first page. One row per inspection
        // record (a visit checks several items): its problem finding if an item has one, else its first result.
        Map<Long, List<PublicResult>> week = new LinkedHashMap<>();
        portal.search(ResultQuery.all(), Portal.PAGE_SIZE, false).rows().stream()
                .filter(r -> !r.publishedOn().isBefore(monday))
                .forEach(r -> week.computeIfAbsent(r.recordId(), k -> new ArrayList<>()).add(r));
        List<Row> results = week.values().stream().limit(ROWS).map(items -> {
            PublicResult shown = items.stream().filter(r -> problem(r.category())).findFirst().orElse(items.get(0));
            return new Row(String.valueOf(shown.recordId()), shown.entityName(), text("screen.result.meta", locale,
                    labels.category(shown.category(), locale), shown.publishedOn().toString()));
        }).toList();
        boolean more = week.values().stream().mapToInt(List::size).sum() >= Portal.PAGE_SIZE;
        return new View(TIME.format(now), upcoming, executed, results,
                text("screen.results.note", locale, more ? week.size() + "+" : String.valueOf(week.size())));
    }

    private static boolean problem(String category) {
        try {
            return ResultCategory.valueOf(category).problem();
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private String text(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, locale);
    }
}
