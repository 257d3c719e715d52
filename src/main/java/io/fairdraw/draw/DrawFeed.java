package io.fairdraw.draw;

import java.time.Instant;
import java.util.List;

/**
 * The draws a public display shows (issue 21 item 8, the 政务服务大厅's screen): those announced
 * and waiting for their beacon, and those just executed or failed. Public data only (FD-DRAW-1 §4).
 */
public interface DrawFeed {

    /**
     * {@code status}: ANNOUNCED, EXECUTED or FAILED; {@code beaconAt} (upcoming draws): the latest
     * declared moment after which the beacon exists, when the draw can be executed (its announcement
     * for a draw announced before declarations); null on executed ones.
     */
    record Line(String drawId, String taskName, String unitCode, String status, Instant announcedAt,
                Instant beaconAt, Instant executedAt) {
    }

    /**
     * Announced draws not yet executed: those whose beacon is still to come, soonest first, then those
     * whose beacon has passed (execution pending), latest first; none whose beacon passed before {@code since}.
     */
    List<Line> upcoming(Instant now, Instant since, int limit);

    /** Draws executed or failed at or after {@code since}, newest first. */
    List<Line> executedSince(Instant since, int limit);
}
