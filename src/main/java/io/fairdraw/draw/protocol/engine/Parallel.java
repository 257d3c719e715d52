package io.fairdraw.draw.protocol.engine;

import java.util.stream.IntStream;

/**
 * Splits index ranges over the available cores. Each index writes only its own slot, so the
 * result is identical to a sequential run whatever the scheduling.
 */
final class Parallel {

    @FunctionalInterface
    interface RangeTask {
        void run(int from, int to);
    }

    private Parallel() {
    }

    static void forRange(int size, int minChunk, RangeTask task) {
        int cores = Runtime.getRuntime().availableProcessors();
        if (cores < 2 || size < 2 * minChunk) {
            task.run(0, size);
            return;
        }
        int chunks = (int) Math.min(4L * cores, (size + (long) minChunk - 1) / minChunk);
        IntStream.range(0, chunks).parallel().forEach(chunk ->
                task.run((int) ((long) chunk * size / chunks), (int) ((long) (chunk + 1) * size / chunks)));
    }
}
