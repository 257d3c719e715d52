package io.fairdraw.audit.scan;

import io.fairdraw.audit.AuditVerification;
import java.io.InputStream;
import java.util.concurrent.ExecutorService;
import java.util.function.LongFunction;

/**
 * The seam of the audit scan: the chain check (and the Merkle leaves) of entries {@code 1..n}
 * read as PostgreSQL {@code COPY … TO STDOUT} text, eleven columns in this order: seq, at
 * (timestamptz printed with {@code TimeZone=UTC, DateStyle=ISO}), actor, unit_code, action,
 * target_type, target_id, summary, client_addr, prev_hash, hash; rows in seq order.
 *
 * <p>The rule is {@code ChainCheck}'s (the first entry whose number, link or own hash does not
 * match is named) and the leaf is RFC 6962's {@code SHA-256(0x00 ‖ canonical)}. Two
 * implementations: {@link #reference()}, which says it row by row, and {@link #engine}, which
 * does the same on bytes and threads; {@code EntryScanPropertyTest} holds them equal.
 */
public interface EntryScan {

    /**
     * Scans the rows of {@code copyText} (which it does not close).
     *
     * @param n             the number of entries asked for (the rows have seq ≤ n)
     * @param leaves        n·32 bytes receiving the leaf hash of entry seq at (seq − 1)·32, or null
     * @param present       n flags set to 1 for every entry read (with {@code leaves}), or null
     * @param slowCanonical the canonical text of entry seq read another way, for a time the fast
     *                      path does not parse (a year beyond 9999, BC); may be ignored
     */
    AuditVerification scan(InputStream copyText, long n, byte[] leaves, byte[] present,
                           LongFunction<String> slowCanonical);

    /** The readable implementation: one row, one {@code AuditRow}, one {@code ChainCheck} step. */
    static EntryScan reference() {
        return new ReferenceEntryScan();
    }

    /** The byte-level implementation, hashing chunks of rows on {@code pool}. */
    static EntryScan engine(ExecutorService pool, int parallelism) {
        return new ParallelEntryScan(pool, parallelism, ParallelEntryScan.CHUNK);
    }
}
