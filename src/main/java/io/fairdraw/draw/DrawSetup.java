package io.fairdraw.draw;

import java.util.concurrent.CompletableFuture;

/** Start-up seeding: demo draws, so a newcomer sees real draw pages. */
public interface DrawSetup {

    /**
     * Announces the demo draws when there is no draw yet and the data they need (catalog items,
     * entities, inspectors of D01) exists, each with a declared demo dice beacon available a few
     * seconds later (FD-DRAW-1 §1); otherwise logs why it skipped. Returns at once: the draws are
     * executed in the background once that moment has passed, and the future completes then
     * (at once when nothing was announced).
     */
    CompletableFuture<Void> seedDemoIfEmpty();
}
