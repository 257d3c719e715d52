package io.fairdraw.registry.engine;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * MurmurHash3 x64 128-bit of a byte range, with a 64-bit seed: the fingerprint of an entity's data
 * columns in {@link KnownEntities}. Fast (~16 bytes per step) rather than cryptographic; what a
 * collision could cost is explained there.
 */
final class RowDigest {

    private static final VarHandle LONG_LE = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final long C1 = 0x87c37b91114253d5L;
    private static final long C2 = 0x4cf5ad432745937fL;

    /** The two halves of the last digest. */
    long first;
    long second;

    /** Digests {@code bytes[from, to)}; the result is in {@link #first} and {@link #second}. */
    void digest(long seed, byte[] bytes, int from, int to) {
        long h1 = seed;
        long h2 = seed;
        int i = from;
        for (; i + 16 <= to; i += 16) {
            h1 ^= mixK1((long) LONG_LE.get(bytes, i));
            h1 = Long.rotateLeft(h1, 27) + h2;
            h1 = h1 * 5 + 0x52dce729;
            h2 ^= mixK2((long) LONG_LE.get(bytes, i + 8));
            h2 = Long.rotateLeft(h2, 31) + h1;
            h2 = h2 * 5 + 0x38495ab5;
        }
        int rest = to - i;
        if (rest > 8) {
            h2 ^= mixK2(tail(bytes, i + 8, rest - 8));
        }
        if (rest > 0) {
            h1 ^= mixK1(tail(bytes, i, Math.min(rest, 8)));
        }
        int length = to - from;
        h1 ^= length;
        h2 ^= length;
        h1 += h2;
        h2 += h1;
        h1 = fmix(h1);
        h2 = fmix(h2);
        h1 += h2;
        h2 += h1;
        first = h1;
        second = h2;
    }

    private static long tail(byte[] bytes, int from, int n) {
        long k = 0;
        for (int j = n - 1; j >= 0; j--) {
            k = (k << 8) | (bytes[from + j] & 0xFF);
        }
        return k;
    }

    private static long mixK1(long k) {
        return Long.rotateLeft(k * C1, 31) * C2;
    }

    private static long mixK2(long k) {
        return Long.rotateLeft(k * C2, 33) * C1;
    }

    private static long fmix(long k) {
        k ^= k >>> 33;
        k *= 0xff51afd7ed558ccdL;
        k ^= k >>> 33;
        k *= 0xc4ceb9fe1a85ec53L;
        k ^= k >>> 33;
        return k;
    }
}
