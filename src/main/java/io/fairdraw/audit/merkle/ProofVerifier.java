package io.fairdraw.audit.merkle;

import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.List;

/**
 * The verification algorithms of RFC 9162 §2.1.3.2 (inclusion) and §2.1.4.2 (consistency), which
 * work for any tree size, not only powers of two. A proof that is too long, too short or has a
 * changed, extra or reordered hash fails: the loop must end exactly at the root ({@code sn = 0}).
 */
public final class ProofVerifier {

    private ProofVerifier() {
    }

    /** The root an inclusion proof leads to, or null when the proof cannot belong to (index, size). */
    public static byte[] inclusionRoot(long index, long size, byte[] leafHash, List<byte[]> path) {
        if (index < 0 || index >= size) {
            return null; // RFC 9162 §2.1.3.2 step 1
        }
        long fn = index;
        long sn = size - 1;
        byte[] r = leafHash;
        for (byte[] p : path) {
            if (sn == 0) {
                return null; // a node more than the tree has levels
            }
            if ((fn & 1) == 1 || fn == sn) {
                r = Rfc6962.nodeHash(p, r);
                if ((fn & 1) == 0) {
                    // fn is the right-edge node: skip the levels where it has no sibling
                    while ((fn & 1) == 0 && fn != 0) {
                        fn >>= 1;
                        sn >>= 1;
                    }
                }
            } else {
                r = Rfc6962.nodeHash(r, p);
            }
            fn >>= 1;
            sn >>= 1;
        }
        return sn == 0 ? r : null;
    }

    public static boolean verifyInclusion(long index, long size, byte[] leafHash, List<byte[]> path, byte[] root) {
        byte[] computed = inclusionRoot(index, size, leafHash, path);
        return computed != null && MessageDigest.isEqual(computed, root);
    }

    /** RFC 9162 §2.1.4.2: the tree of size {@code m} and root {@code oldRoot} is a prefix of the tree of size {@code n}. */
    public static boolean verifyConsistency(long m, long n, List<byte[]> proof, byte[] oldRoot, byte[] newRoot) {
        if (m <= 0 || m > n) {
            return false;
        }
        if (m == n) {
            // Same size: nothing to prove but equality (transparency-dev/merkle does the same).
            return proof.isEmpty() && MessageDigest.isEqual(oldRoot, newRoot);
        }
        if (proof.isEmpty()) {
            return false; // step 1
        }
        List<byte[]> path = new ArrayList<>(proof.size() + 1);
        if (Long.bitCount(m) == 1) {
            path.add(oldRoot); // step 2: the old tree is a perfect subtree, its root is not in the proof
        }
        path.addAll(proof);
        long fn = m - 1;
        long sn = n - 1;
        while ((fn & 1) == 1) { // step 4
            fn >>= 1;
            sn >>= 1;
        }
        byte[] fr = path.get(0);
        byte[] sr = path.get(0);
        for (byte[] c : path.subList(1, path.size())) {
            if (sn == 0) {
                return false;
            }
            if ((fn & 1) == 1 || fn == sn) {
                fr = Rfc6962.nodeHash(c, fr);
                sr = Rfc6962.nodeHash(c, sr);
                if ((fn & 1) == 0) {
                    while ((fn & 1) == 0 && fn != 0) {
                        fn >>= 1;
                        sn >>= 1;
                    }
                }
            } else {
                sr = Rfc6962.nodeHash(sr, c);
            }
            fn >>= 1;
            sn >>= 1;
        }
        return sn == 0 && MessageDigest.isEqual(fr, oldRoot) && MessageDigest.isEqual(sr, newRoot);
    }
}
