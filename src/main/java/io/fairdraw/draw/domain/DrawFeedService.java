package io.fairdraw.draw.domain;

import io.fairdraw.draw.DrawFeed;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The hall screen's draws, read from the public draw list (the newest {@link PublishedDraws#LIST_LIMIT}
 * announcements, draws.json's feed): a draw announced before those is not "upcoming" on a screen.
 */
@Service
class DrawFeedService implements DrawFeed {

    private final PublishedDraws draws;

    DrawFeedService(PublishedDraws draws) {
        this.draws = draws;
    }

    @Override
    @Transactional(readOnly = true)
    public List<Line> upcoming(Instant now, Instant since, int limit) {
        // A hall reads "what happens next": the coming beacons first; a draw left announced long after
        // its beacon (never executed) is not upcoming any more.
        Comparator<Line> coming = Comparator.comparing(Line::beaconAt);
        return draws.recent().stream().filter(d -> d.status() == DrawStatus.ANNOUNCED)
                .map(d -> line(d, draws.declaration(d.drawId()).stream().map(DeclaredBeacon::availableAt)
                        .filter(Objects::nonNull).max(Comparator.naturalOrder()).orElse(d.announcedAt())))
                .filter(l -> !l.beaconAt().isBefore(since))
                .sorted(Comparator.comparing((Line l) -> l.beaconAt().isBefore(now))
                        .thenComparing((a, b) -> a.beaconAt().isBefore(now) ? coming.compare(b, a) : coming.compare(a, b)))
                .limit(limit).toList();
    }

    @Override
    @Transactional(readOnly = true)
    public List<Line> executedSince(Instant since, int limit) {
        return draws.recent().stream()
                .filter(d -> (d.status() == DrawStatus.EXECUTED || d.status() == DrawStatus.FAILED)
                        && d.executedAt() != null && !d.executedAt().isBefore(since))
                .sorted(Comparator.comparing(Draw::executedAt).reversed())
                .limit(limit).map(d -> line(d, null)).toList();
    }

    private static Line line(Draw d, Instant beaconAt) {
        return new Line(d.drawId(), d.taskName(), d.unitCode(), d.status().name(), d.announcedAt(), beaconAt,
                d.executedAt());
    }
}
