package io.fairdraw.audit.merkle;

import java.util.ArrayList;
import java.util.List;

/**
 * RFC 6962 §2.1 transcribed literally — MTH, PATH and PROOF/SUBPROOF as recursive functions over a
 * list of leaf data — to check the O(log n) production code and to generate the test vectors.
 * Deliberately naive: it rehashes whole subtrees.
 */
final class ReferenceTree {

    private final List<byte[]> leaves;

    ReferenceTree(List<byte[]> leaves) {
        this.leaves = leaves;
    }

    private static int k(int n) {
        int k = 1;
        while (k * 2 < n) {
            k *= 2;
        }
        return k; // the largest power of two smaller than n
    }

    /** MTH(D[a:b]). */
    byte[] mth(int a, int b) {
        int n = b - a;
        if (n == 0) {
            return Rfc6962.emptyRoot();
        }
        if (n == 1) {
            return Rfc6962.leafHash(leaves.get(a));
        }
        int k = k(n);
        return Rfc6962.nodeHash(mth(a, a + k), mth(a + k, b));
    }

    /** PATH(m, D[a:b]), m relative to a. */
    List<byte[]> path(int m, int a, int b) {
        int n = b - a;
        List<byte[]> out = new ArrayList<>();
        if (n <= 1) {
            return out;
        }
        int k = k(n);
        if (m < k) {
            out.addAll(path(m, a, a + k));
            out.add(mth(a + k, b));
        } else {
            out.addAll(path(m - k, a + k, b));
            out.add(mth(a, a + k));
        }
        return out;
    }

    /** PROOF(m, D[0:n]) = SUBPROOF(m, D[0:n], true). */
    List<byte[]> proof(int m, int n) {
        return subproof(m, 0, n, true);
    }

    private List<byte[]> subproof(int m, int a, int b, boolean whole) {
        int n = b - a;
        List<byte[]> out = new ArrayList<>();
        if (m == n) {
            if (!whole) {
                out.add(mth(a, b));
            }
            return out;
        }
        int k = k(n);
        if (m <= k) {
            out.addAll(subproof(m, a, a + k, whole));
            out.add(mth(a + k, b));
        } else {
            out.addAll(subproof(m - k, a + k, b, false));
            out.add(mth(a, a + k));
        }
        return out;
    }
}
