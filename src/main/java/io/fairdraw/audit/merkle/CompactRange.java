package io.fairdraw.audit.merkle;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

/**
 * The right edge of a tree of {@code size} leaves: the hashes of its perfect subtrees, one per bit
 * of {@code size}, largest first (a "compact range" [0, size) as in transparency-dev/merkle). It
 * is all an append needs: adding leaf {@code size} completes one perfect subtree per trailing one
 * bit of {@code size}, and the root is their {@link Rfc6962#fold fold}. Not thread-safe; share
 * {@link #copy() copies}.
 */
public final class CompactRange {

    /** A perfect subtree completed by an append, to be stored. */
    public record Node(NodeId id, byte[] hash) {
    }

    private long size;
    private byte[][] hashes;
    private int count;

    private CompactRange(long size, byte[][] hashes, int count) {
        this.size = size;
        this.hashes = hashes;
        this.count = count;
    }

    public static CompactRange empty() {
        return new CompactRange(0, new byte[8][], 0);
    }

    /** The range of a stored tree of {@code size} leaves, reading the nodes {@link TreeShape#root} names. */
    public static CompactRange of(long size, Function<NodeId, byte[]> stored) {
        if (size == 0) {
            return empty();
        }
        List<NodeId> ids = TreeShape.root(size);
        byte[][] hashes = new byte[Math.max(8, ids.size())][];
        for (int i = 0; i < ids.size(); i++) {
            hashes[i] = stored.apply(ids.get(i));
        }
        return new CompactRange(size, hashes, ids.size());
    }

    public long size() {
        return size;
    }

    /**
     * Appends leaf {@code size} and returns the perfect subtrees it completes, the leaf itself
     * first and the highest last.
     */
    public List<Node> append(byte[] leafHash) {
        List<Node> completed = new ArrayList<>(2);
        long index = size;
        int level = 0;
        byte[] hash = leafHash;
        completed.add(new Node(new NodeId(0, index), hash));
        // Each trailing one bit of the old size is a perfect subtree that now has a right sibling.
        while ((index & 1) == 1) {
            hash = Rfc6962.nodeHash(hashes[--count], hash);
            index >>= 1;
            level++;
            completed.add(new Node(new NodeId(level, index), hash));
        }
        if (count == hashes.length) {
            hashes = Arrays.copyOf(hashes, count * 2);
        }
        hashes[count++] = hash;
        size++;
        return completed;
    }

    /** MTH(D[0:size]); SHA-256("") for the empty tree (RFC 6962 §2.1). */
    public byte[] root() {
        return count == 0 ? Rfc6962.emptyRoot() : Rfc6962.fold(Arrays.asList(hashes).subList(0, count));
    }

    public CompactRange copy() {
        return new CompactRange(size, hashes.clone(), count);
    }
}
