package io.fairdraw.exchange.filedrop;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** The record of one day's drop: its files (names only), rows, status and, when it failed, why. */
public record FileDrop(LocalDate day, Status status, List<String> files, int rows, String error, int attempts,
                       Instant startedAt, Instant finishedAt, String runBy) {

    public enum Status { WRITTEN, FAILED }

    public boolean failed() {
        return status == Status.FAILED;
    }
}
