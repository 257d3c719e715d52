package io.fairdraw.inspector;

import java.time.LocalDate;
import java.util.Objects;

/** A leave, both days inclusive. */
public record LeavePeriod(long id, LocalDate start, LocalDate end, String reason) {

    public LeavePeriod {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        if (end.isBefore(start)) {
            throw new IllegalArgumentException("leave ends before it starts: " + start + " > " + end);
        }
        reason = reason == null ? "" : reason;
    }

    public boolean covers(LocalDate date) {
        return !date.isBefore(start) && !date.isAfter(end);
    }
}
