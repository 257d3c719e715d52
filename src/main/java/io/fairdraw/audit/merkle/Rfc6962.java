package io.fairdraw.audit.merkle;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.List;

/**
 * The hashes of RFC 6962 §2.1: a leaf is {@code SHA-256(0x00 ‖ data)}, an interior node
 * {@code SHA-256(0x01 ‖ left ‖ right)}; the distinct prefixes keep a leaf from being passed off as
 * a node (second-preimage resistance). The tree of no leaves has the root {@code SHA-256("")}.
 */
public final class Rfc6962 {

    public static final int HASH_SIZE = 32;

    private Rfc6962() {
    }

    public static byte[] leafHash(byte[] data) {
        MessageDigest sha = sha256();
        sha.update((byte) 0x00);
        sha.update(data);
        return sha.digest();
    }

    public static byte[] nodeHash(byte[] left, byte[] right) {
        MessageDigest sha = sha256();
        sha.update((byte) 0x01);
        sha.update(left);
        sha.update(right);
        return sha.digest();
    }

    public static byte[] emptyRoot() {
        return sha256().digest();
    }

    /**
     * MTH of a range given as its perfect subtrees from left to right (see {@link TreeShape#range}):
     * RFC 6962 §2.1 splits at the largest power of two, so the hash is the right fold
     * {@code H(s1, H(s2, … H(sk-1, sk)))}.
     */
    public static byte[] fold(List<byte[]> subtrees) {
        if (subtrees.isEmpty()) {
            throw new IllegalArgumentException("an empty range has no subtree hash");
        }
        byte[] acc = subtrees.get(subtrees.size() - 1);
        for (int i = subtrees.size() - 2; i >= 0; i--) {
            acc = nodeHash(subtrees.get(i), acc);
        }
        return acc;
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
