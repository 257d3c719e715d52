package io.fairdraw.draw.protocol.engine;

import java.security.DigestException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * SHA-256 of a fixed prefix followed by a short suffix, for the millions of ticket and rank
 * hashes of a large draw. One instance per thread. The prefix sits in a scratch buffer; each hash
 * copies the suffix behind it and makes one {@code update} and one {@code digest} call, with no
 * allocation. (Why not a cloned digest pre-fed with the prefix: bench/draw/README.md.)
 */
final class PrefixedSha256 {

    static final int LENGTH = 32;

    private final MessageDigest digest = newDigest();
    private byte[] buffer = new byte[128];
    private int prefixLength;

    PrefixedSha256(byte[] prefix) {
        prefix(prefix);
    }

    void prefix(byte[] prefix) {
        ensureCapacity(prefix.length + 64);
        System.arraycopy(prefix, 0, buffer, 0, prefix.length);
        prefixLength = prefix.length;
    }

    /** Writes {@code SHA-256(prefix + suffix[offset..offset+length))} to {@code out[outOffset..+32)}. */
    void hash(byte[] suffix, int offset, int length, byte[] out, int outOffset) {
        ensureCapacity(prefixLength + length);
        System.arraycopy(suffix, offset, buffer, prefixLength, length);
        digest.update(buffer, 0, prefixLength + length);
        try {
            digest.digest(out, outOffset, LENGTH);
        } catch (DigestException e) {
            throw new IllegalStateException("output buffer too small", e);
        }
    }

    private void ensureCapacity(int length) {
        if (buffer.length < length) {
            byte[] larger = new byte[Math.max(length, 2 * buffer.length)];
            System.arraycopy(buffer, 0, larger, 0, prefixLength);
            buffer = larger;
        }
    }

    /**
     * The first 8 bytes as a signed long whose signed order equals the unsigned big-endian order
     * of the hash (sign bit flipped), so {@code long} comparisons order tickets as hex strings do.
     */
    static long orderKey(byte[] hash, int offset) {
        long value = 0;
        for (int i = 0; i < 8; i++) {
            value = (value << 8) | (hash[offset + i] & 0xffL);
        }
        return value ^ Long.MIN_VALUE;
    }

    private static MessageDigest newDigest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform must provide SHA-256", e);
        }
    }
}
