package io.fairdraw.audit.merkle;

/**
 * A perfect subtree: {@code 2^level} leaves starting at leaf {@code index · 2^level}. Level 0 is a
 * leaf. Only perfect subtrees are stored; any other subtree hash is a fold of these.
 */
public record NodeId(int level, long index) {

    public NodeId {
        if (level < 0 || level > 62 || index < 0) {
            throw new IllegalArgumentException("no such node: " + level + "/" + index);
        }
    }

    /** First leaf covered. */
    public long start() {
        return index << level;
    }

    /** One past the last leaf covered. */
    public long end() {
        return (index + 1) << level;
    }

    @Override
    public String toString() {
        return level + "/" + index;
    }
}
