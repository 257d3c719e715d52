package io.fairdraw.audit.domain;

import io.fairdraw.audit.merkle.CompactRange;
import io.fairdraw.audit.merkle.NodeId;
import io.fairdraw.audit.merkle.Rfc6962;
import io.fairdraw.audit.merkle.TreeShape;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Service;

/**
 * The RFC 6962 Merkle tree over the audit entries, stored as perfect subtrees. Leaf {@code seq − 1}
 * is {@code SHA-256(0x00 ‖ UTF-8 canonical text)} of entry {@code seq} (the text the chain hashes).
 */
@Service
class MerkleTree {

    /** Signals a proof or root asked for beyond the leaves stored (or a damaged tree). */
    static final class MissingNodes extends RuntimeException {
        MissingNodes(String message) {
            super(message);
        }
    }

    private static final int CATCH_UP_BATCH = 500;

    private final TreeRepository nodes;
    private final AuditRepository entries;

    MerkleTree(TreeRepository nodes, AuditRepository entries) {
        this.nodes = nodes;
        this.entries = entries;
    }

    static byte[] leafHash(String canonical) {
        return Rfc6962.leafHash(canonical.getBytes(StandardCharsets.UTF_8));
    }

    /** Stores the perfect subtrees an append completed; the caller holds the append lock. */
    void store(List<CompactRange.Node> completed) {
        nodes.insert(completed);
    }

    /** The right edge of the tree of the first {@code size} entries, integrating any not yet in it. */
    CompactRange rightEdge(long size) {
        catchUp(size);
        return stored(size);
    }

    /**
     * Integrates entries written before the tree existed (or by an older version) up to {@code size};
     * the caller holds the append lock. Returns the number of leaves added.
     */
    long catchUp(long size) {
        long have = nodes.leafCount();
        if (have >= size) {
            return 0;
        }
        CompactRange range = stored(have);
        List<CompactRange.Node> batch = new ArrayList<>();
        entries.forEachInRange(have + 1, size, row -> {
            if (row.seq() != range.size() + 1) {
                throw new MissingNodes("entry " + (range.size() + 1) + " is missing; the chain is broken");
            }
            batch.addAll(range.append(leafHash(AuditChain.canonical(row))));
            if (batch.size() >= CATCH_UP_BATCH) {
                nodes.insert(batch);
                batch.clear();
            }
        });
        if (!batch.isEmpty()) {
            nodes.insert(batch);
        }
        return range.size() - have;
    }

    private CompactRange stored(long size) {
        if (size == 0) {
            return CompactRange.empty();
        }
        Map<NodeId, byte[]> found = lookup(TreeShape.root(size), size);
        return CompactRange.of(size, found::get);
    }

    long size() {
        return nodes.leafCount();
    }

    /** MTH of the first {@code size} leaves. */
    byte[] root(long size) {
        if (size == 0) {
            return Rfc6962.emptyRoot();
        }
        List<NodeId> ids = TreeShape.root(size);
        Map<NodeId, byte[]> found = lookup(ids, size);
        return Rfc6962.fold(ids.stream().map(found::get).toList());
    }

    /** A leaf hash and its audit path (leaf-side first), fetched together. */
    record Inclusion(byte[] leaf, List<byte[]> path) {
    }

    /** The leaf of entry {@code seq} and its audit path in the tree of {@code size} leaves. */
    Inclusion inclusion(long seq, long size) {
        NodeId leaf = new NodeId(0, seq - 1);
        List<List<NodeId>> plan = TreeShape.inclusion(seq - 1, size);
        Map<NodeId, byte[]> found = fetch(plan, leaf, size);
        return new Inclusion(found.get(leaf), fold(plan, found));
    }

    List<byte[]> consistency(long from, long to) {
        List<List<NodeId>> plan = TreeShape.consistency(from, to);
        return fold(plan, fetch(plan, null, to));
    }

    /**
     * Every node a proof needs, in one query. The last leaf of the tree is always asked for, so a
     * size beyond the log is refused even when the proof itself is empty.
     */
    private Map<NodeId, byte[]> fetch(List<List<NodeId>> plan, NodeId extra, long size) {
        Set<NodeId> ids = new LinkedHashSet<>();
        plan.forEach(ids::addAll);
        ids.add(new NodeId(0, size - 1));
        if (extra != null) {
            ids.add(extra);
        }
        return lookup(ids, size);
    }

    private static List<byte[]> fold(List<List<NodeId>> plan, Map<NodeId, byte[]> found) {
        List<byte[]> proof = new ArrayList<>(plan.size());
        for (List<NodeId> element : plan) {
            proof.add(Rfc6962.fold(element.stream().map(found::get).toList()));
        }
        return proof;
    }

    private Map<NodeId, byte[]> lookup(Collection<NodeId> ids, long size) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        Map<NodeId, byte[]> found = nodes.find(ids);
        if (found.size() != ids.size()) {
            throw new MissingNodes("the log has fewer than " + size + " entries");
        }
        return found;
    }
}
