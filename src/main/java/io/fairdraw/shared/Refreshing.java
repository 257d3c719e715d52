package io.fairdraw.shared;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;

/**
 * A value read from the database and kept for a while (filter lists, unit names). When it expires,
 * one caller reloads it while every other caller keeps getting the previous value: an expiry under
 * load costs one query, not one per concurrent request: a value kept with a plain time check (the
 * portal's year list) expired under concurrent searches and every one of them ran the query at once,
 * which made the search tail of bench/portal (its README, session 3). Only the first load makes
 * callers wait.
 * A failed reload fails its caller, leaves the previous value in place and is retried by the next.
 */
public final class Refreshing<T> {

    private final Supplier<T> loader;
    private final long ttlNanos;
    private final AtomicBoolean reloading = new AtomicBoolean();
    private volatile T value;
    private volatile long loadedAt;

    public Refreshing(Duration ttl, Supplier<T> loader) {
        this.ttlNanos = ttl.toNanos();
        this.loader = loader;
    }

    public T get() {
        T v = value;
        if (v == null) {
            synchronized (this) {
                if (value == null) {
                    load();
                }
                return value;
            }
        }
        if (System.nanoTime() - loadedAt > ttlNanos && reloading.compareAndSet(false, true)) {
            try {
                load();
            } finally {
                reloading.set(false);
            }
        }
        return value;
    }

    /** The next {@link #get()} reloads (the others meanwhile keep the current value). */
    public void invalidate() {
        loadedAt = System.nanoTime() - ttlNanos - 1;
    }

    private void load() {
        T loaded = loader.get();
        if (loaded == null) {
            throw new IllegalStateException("loader returned null");
        }
        value = loaded;
        loadedAt = System.nanoTime();
    }
}
