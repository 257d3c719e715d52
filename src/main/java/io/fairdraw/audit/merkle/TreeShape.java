package io.fairdraw.audit.merkle;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Which stored perfect subtrees make up the hashes of RFC 6962 §2.1 — the tree head MTH, the audit
 * path PATH (§2.1.1) and the consistency proof PROOF/SUBPROOF (§2.1.2) — so that a proof costs
 * O(log n) lookups of stored nodes instead of O(n) hashing. Each proof element is a list of perfect
 * subtrees whose {@link Rfc6962#fold fold} is the element's hash.
 */
public final class TreeShape {

    private TreeShape() {
    }

    /** The largest power of two smaller than n (n ≥ 2): the split point k of RFC 6962 §2.1. */
    static long split(long n) {
        return Long.highestOneBit(n - 1);
    }

    /**
     * The perfect subtrees of MTH(D[a:b]) from left to right. Every range the RFC recursion visits
     * starts at a multiple of its largest perfect part, so each part is a stored node.
     */
    public static List<NodeId> range(long a, long b) {
        if (a < 0 || b <= a) {
            throw new IllegalArgumentException("empty or negative range [" + a + ", " + b + ")");
        }
        List<NodeId> parts = new ArrayList<>(8);
        while (a < b) {
            long n = b - a;
            long k = Long.bitCount(n) == 1 ? n : split(n);
            if (a % k != 0) {
                throw new IllegalArgumentException("range [" + a + ", " + b + ") is not aligned");
            }
            parts.add(new NodeId(Long.numberOfTrailingZeros(k), a / k));
            a += k;
        }
        return parts;
    }

    /** MTH(D[0:n]) as perfect subtrees: one per bit of n, largest first. */
    public static List<NodeId> root(long n) {
        return range(0, n);
    }

    /** PATH(m, D[0:n]) of RFC 6962 §2.1.1, leaf-side element first (m is the 0-based leaf index). */
    public static List<List<NodeId>> inclusion(long m, long n) {
        if (m < 0 || m >= n) {
            throw new IllegalArgumentException("leaf " + m + " is not in a tree of size " + n);
        }
        List<List<NodeId>> topDown = new ArrayList<>();
        long a = 0;
        long b = n;
        while (b - a > 1) {
            long k = split(b - a);
            if (m < a + k) {
                topDown.add(range(a + k, b));
                b = a + k;
            } else {
                topDown.add(range(a, a + k));
                a += k;
            }
        }
        Collections.reverse(topDown);
        return topDown;
    }

    /**
     * PROOF(m, D[0:n]) = SUBPROOF(m, D[0:n], true) of RFC 6962 §2.1.2, for 0 < m ≤ n (empty when
     * m = n). The element nearest the old tree comes first.
     */
    public static List<List<NodeId>> consistency(long m, long n) {
        if (m <= 0 || m > n) {
            throw new IllegalArgumentException("no consistency proof from size " + m + " to " + n);
        }
        List<List<NodeId>> topDown = new ArrayList<>();
        long a = 0;
        long b = n;
        boolean whole = true; // the RFC's flag b: is D[a:a+m] still the complete old tree?
        while (m != b - a) {
            long k = split(b - a);
            if (m <= k) {
                topDown.add(range(a + k, b));
                b = a + k;
            } else {
                topDown.add(range(a, a + k));
                m -= k;
                a += k;
                whole = false;
            }
        }
        if (!whole) {
            topDown.add(range(a, b));
        }
        Collections.reverse(topDown);
        return topDown;
    }
}
