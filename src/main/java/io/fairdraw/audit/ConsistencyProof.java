package io.fairdraw.audit;

import java.util.List;

/** RFC 6962 §2.1.2 consistency proof from the tree of {@code from} entries to the tree of {@code to}; hex. */
public record ConsistencyProof(long from, long to, List<String> path) {
}
