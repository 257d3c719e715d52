package io.fairdraw.disclosure.web;

import io.fairdraw.disclosure.domain.Portal;
import io.fairdraw.disclosure.domain.PublicResult;
import io.fairdraw.disclosure.domain.ResultQuery;
import io.fairdraw.draw.DrawFeed;
import io.fairdraw.shared.BusinessClock;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
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
        LocalDate monday = BusinessClock.today(clock).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        List<Row> upcoming = draws.upcoming(now, now.minus(JUST), ROWS).stream().map(d -> new Row(d.drawId(),
                d.taskName(), text("screen.draw.upcoming", locale, labels.unitName(d.unitCode()),
                        TIME.format(d.beaconAt())))).toList();
        List<Row> executed = draws.executedSince(now.minus(JUST), ROWS).stream().map(d -> new Row(d.drawId(),
                d.taskName(), text("screen.draw.executed", locale, labels.unitName(d.unitCode()),
                        text("screen.status." + d.status(), locale), TIME.format(d.executedAt())))).toList();
        // Newest published first: the week's rows are a prefix of the first page.
        List<PublicResult> week = portal.search(ResultQuery.all(), Portal.PAGE_SIZE, false).rows().stream()
                .filter(r -> !r.publishedOn().isBefore(monday)).toList();
        List<Row> results = week.stream().limit(ROWS).map(r -> new Row(String.valueOf(r.id()), r.entityName(),
                text("screen.result.meta", locale, labels.category(r.category(), locale), r.publishedOn().toString())))
                .toList();
        return new View(TIME.format(now), upcoming, executed, results,
                text("screen.results.note", locale, week.size() >= Portal.PAGE_SIZE ? Portal.PAGE_SIZE + "+"
                        : String.valueOf(week.size())));
    }

    private String text(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, locale);
    }
}
