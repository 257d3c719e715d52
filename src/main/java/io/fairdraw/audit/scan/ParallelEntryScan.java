package io.fairdraw.audit.scan;

import io.fairdraw.audit.AuditVerification;
import io.fairdraw.audit.domain.AuditChain;
import io.fairdraw.audit.merkle.Rfc6962;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.DigestException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.function.LongFunction;

/**
 * The engine of {@link EntryScan}: the COPY text is cut into chunks at row ends and the chunks
 * are hashed on several threads. Each entry's chain hash depends only on its own stored
 * {@code prev_hash}, so all rows can be hashed independently; the links ({@code prev_hash} = the
 * predecessor's {@code hash}) are compared in order at chunk borders. The verdict is
 * {@link ReferenceEntryScan}'s (first bad entry by the same rules).
 *
 * <p>Why the COPY text can be hashed as it is: COPY escapes backslash, TAB, LF and CR as
 * {@code \\ \t \n \r} — the canonical escaping of {@code AuditChain} — and additionally BS, FF and
 * VT as {@code \b \f \v}, which are turned back into the raw characters here. The time printed
 * by PostgreSQL ({@code 2026-03-01 02:03:04.1234+00}) is rewritten to the canonical
 * {@code 2026-03-01T02:03:04.123400Z}; any time outside that shape (a year beyond 9999, BC) takes
 * the slow path through the caller's {@code slowCanonical}.
 */
final class ParallelEntryScan implements EntryScan {

    static final int CHUNK = 1 << 20;
    private static final int H = Rfc6962.HASH_SIZE;
    private static final byte[] GENESIS = AuditChain.GENESIS.getBytes(StandardCharsets.US_ASCII);

    private final ExecutorService pool;
    private final int parallelism;
    private final int chunkSize;

    /** @param chunkSize bytes of COPY text per task (smaller in tests, to cross many borders) */
    ParallelEntryScan(ExecutorService pool, int parallelism, int chunkSize) {
        this.pool = pool;
        this.parallelism = parallelism;
        this.chunkSize = chunkSize;
    }

    /** Where one scan puts its leaves. */
    private record Target(byte[] leaves, byte[] present, LongFunction<String> slowCanonical) {
    }

    @Override
    public AuditVerification scan(InputStream in, long n, byte[] leaves, byte[] present,
                                  LongFunction<String> slowCanonical) {
        Target target = new Target(leaves, present, slowCanonical);
        List<Future<Chunk>> chunks = new ArrayList<>();
        Semaphore inFlight = new Semaphore(parallelism * 3);
        try {
            byte[] buf = new byte[chunkSize];
            int len = 0;
            while (true) {
                int r = in.read(buf, len, buf.length - len);
                if (r < 0) {
                    break;
                }
                len += r;
                if (len == buf.length) {
                    int end = lastNewline(buf, len);
                    if (end < 0) { // one row longer than the buffer
                        buf = Arrays.copyOf(buf, buf.length * 2);
                        continue;
                    }
                    byte[] rest = new byte[Math.max(chunkSize, len - end)];
                    System.arraycopy(buf, end, rest, 0, len - end);
                    submit(target, inFlight, chunks, buf, end);
                    buf = rest;
                    len = len - end;
                }
            }
            if (len > 0) {
                submit(target, inFlight, chunks, buf, len);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        return merge(chunks);
    }

    private static int lastNewline(byte[] buf, int len) {
        for (int i = len - 1; i >= 0; i--) {
            if (buf[i] == '\n') {
                return i + 1;
            }
        }
        return -1;
    }

    private void submit(Target target, Semaphore inFlight, List<Future<Chunk>> chunks, byte[] buf, int len)
            throws InterruptedException {
        inFlight.acquire();
        chunks.add(pool.submit(() -> {
            try {
                return process(target, buf, len);
            } finally {
                inFlight.release();
            }
        }));
    }

    /** What one chunk tells about the chain; the first row's link is checked when merging. */
    private static final class Chunk {
        long rows;
        long firstSeq = -1;
        byte[] firstPrev;
        long lastSeq;
        byte[] lastHash;
        Long firstBad;
    }

    private static AuditVerification merge(List<Future<Chunk>> futures) {
        long expected = 1;
        byte[] prev = GENESIS;
        Long firstBad = null;
        long rows = 0;
        for (Future<Chunk> f : futures) {
            Chunk c;
            try {
                c = f.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            } catch (ExecutionException e) {
                throw e.getCause() instanceof RuntimeException re ? re : new IllegalStateException(e.getCause());
            }
            if (c.rows == 0) {
                continue;
            }
            rows += c.rows;
            if (firstBad == null) {
                if (c.firstSeq != expected) {
                    firstBad = expected;
                } else if (!Arrays.equals(c.firstPrev, prev)) {
                    firstBad = c.firstSeq;
                } else {
                    firstBad = c.firstBad;
                }
            }
            expected = c.lastSeq + 1;
            prev = c.lastHash;
        }
        String root = rows == 0 ? AuditChain.GENESIS : CopyText.decode(prev);
        return new AuditVerification(firstBad == null, rows, root, firstBad);
    }

    // ---- one chunk of COPY text

    private static Chunk process(Target target, byte[] b, int len) {
        MessageDigest chain = sha256();
        MessageDigest leaf = sha256();
        byte[] time = new byte[27];
        byte[] prevRaw = new byte[H];
        byte[] digest = new byte[H];
        byte[] unescaped = null;
        int[] tabs = new int[10];
        Chunk c = new Chunk();
        long expected = -1;
        int prevHashStart = -1;
        int prevHashEnd = -1;
        int pos = 0;
        while (pos < len) {
            int eol = pos;
            int t = 0;
            while (b[eol] != '\n') {
                if (b[eol] == '\t' && t < tabs.length) {
                    tabs[t] = eol;
                }
                if (b[eol] == '\t') {
                    t++;
                }
                eol++;
            }
            if (t != 10) {
                throw new IllegalStateException("unexpected COPY row with " + (t + 1) + " fields");
            }
            long seq = CopyText.parseLong(b, pos, tabs[0]);
            int prevStart = tabs[8] + 1;
            int prevEnd = tabs[9];
            int hashStart = tabs[9] + 1;
            boolean bad = false;

            // canonical = seq TAB time TAB actor … client_addr (fields 3..9 of the COPY row)
            int segStart = tabs[1] + 1;
            int segEnd = tabs[8];
            byte[] seg = b;
            int segFrom = segStart;
            int segLen = segEnd - segStart;
            if (CopyText.needsUnescape(b, segStart, segEnd)) {
                if (unescaped == null || unescaped.length < segLen) {
                    unescaped = new byte[Math.max(segLen, 4096)];
                }
                segLen = CopyText.unescape(b, segStart, segEnd, unescaped);
                seg = unescaped;
                segFrom = 0;
            }
            byte[] slow = null;
            if (!CopyText.canonicalTime(b, tabs[0] + 1, tabs[1], time)) {
                slow = target.slowCanonical().apply(seq).getBytes(StandardCharsets.UTF_8);
            }

            // leaf = SHA-256(0x00 ‖ canonical)
            if (target.leaves() != null) {
                leaf.update((byte) 0x00);
                feed(leaf, slow, b, pos, tabs[0] + 1, time, seg, segFrom, segLen);
                digestInto(leaf, target.leaves(), Math.toIntExact((seq - 1) * H));
                target.present()[Math.toIntExact(seq - 1)] = 1;
            }
            // hash = SHA-256(prev_hash ‖ canonical), compared with the stored hex
            if (CopyText.parseHex(b, prevStart, prevEnd, prevRaw)) {
                chain.update(prevRaw);
                feed(chain, slow, b, pos, tabs[0] + 1, time, seg, segFrom, segLen);
                digestInto(chain, digest, 0);
                bad = !CopyText.hexEquals(digest, b, hashStart, eol);
            } else {
                bad = true; // not a hash at all (ChainCheck would fail to parse it)
            }

            if (c.firstSeq < 0) {
                c.firstSeq = seq;
                c.firstPrev = Arrays.copyOfRange(b, prevStart, prevEnd);
                if (bad) {
                    c.firstBad = seq;
                }
            } else if (c.firstBad == null) {
                if (seq != expected) {
                    c.firstBad = expected;
                } else if (bad || !Arrays.equals(b, prevStart, prevEnd, b, prevHashStart, prevHashEnd)) {
                    c.firstBad = seq;
                }
            }
            expected = seq + 1;
            prevHashStart = hashStart;
            prevHashEnd = eol;
            c.rows++;
            c.lastSeq = seq;
            pos = eol + 1;
        }
        if (c.rows > 0) {
            c.lastHash = Arrays.copyOfRange(b, prevHashStart, prevHashEnd);
        }
        return c;
    }

    private static void feed(MessageDigest sha, byte[] slow, byte[] b, int seqFrom, int seqTabEnd, byte[] time,
                             byte[] seg, int segFrom, int segLen) {
        if (slow != null) {
            sha.update(slow);
            return;
        }
        sha.update(b, seqFrom, seqTabEnd - seqFrom); // "seq\t"
        sha.update(time);
        sha.update((byte) '\t');
        sha.update(seg, segFrom, segLen);
    }

    private static void digestInto(MessageDigest sha, byte[] out, int at) {
        try {
            sha.digest(out, at, H);
        } catch (DigestException e) {
            throw new IllegalStateException(e);
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
