package io.fairdraw.registry.domain;

/** Where a running import is, for the progress bar; {@code result} or {@code failure} once it ended. */
public record ImportProgress(long id, int percent, int rowsRead, ImportResult result, String failure) {

    public boolean done() {
        return result != null || failure != null;
    }
}
