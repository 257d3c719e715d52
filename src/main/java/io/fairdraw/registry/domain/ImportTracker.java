package io.fairdraw.registry.domain;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Progress of the imports running on this node, in memory: the import's own transaction is not
 * visible to the polling requests until it commits. The last 200 imports are remembered.
 */
@Component
class ImportTracker {

    private static final int KEEP = 200;

    private final Map<Long, ImportProgress> progress = new LinkedHashMap<>() {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Long, ImportProgress> eldest) {
            return size() > KEEP;
        }
    };

    private final Map<Long, String> units = new LinkedHashMap<>() {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Long, String> eldest) {
            return size() > KEEP;
        }
    };

    synchronized void started(long id, String unitCode) {
        units.put(id, unitCode);
        update(id, 0, 0);
    }

    synchronized String unitOf(long id) {
        return units.get(id);
    }

    synchronized void update(long id, double fraction, int rowsRead) {
        progress.put(id, new ImportProgress(id, (int) Math.floor(Math.min(0.99, fraction) * 100), rowsRead, null, null));
    }

    synchronized void done(long id, ImportResult result) {
        progress.put(id, new ImportProgress(id, 100, result.total(), result, null));
    }

    synchronized void failed(long id, String message) {
        progress.put(id, new ImportProgress(id, 100, 0, null, message));
    }

    synchronized Optional<ImportProgress> get(long id) {
        return Optional.ofNullable(progress.get(id));
    }
}
