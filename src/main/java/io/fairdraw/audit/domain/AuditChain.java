package io.fairdraw.audit.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;

/**
 * The canonical form of an entry and the chain rule {@code hash = SHA-256(prev ‖ canonical)}.
 * The canonical text is the fields in a fixed order separated by TAB, with backslash, TAB, LF
 * and CR escaped, the time in UTC with exactly six fraction digits (PostgreSQL keeps
 * microseconds), so the chain can be recomputed from the table alone, offline.
 */
public final class AuditChain {

    /** prev_hash of entry 1. */
    public static final String GENESIS = "0".repeat(64);

    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSS'Z'").withZone(ZoneOffset.UTC);

    private AuditChain() {
    }

    public static String canonical(AuditRow r) {
        StringBuilder sb = new StringBuilder(160);
        sb.append(r.seq()).append('\t').append(TIME.format(r.at()));
        for (String f : new String[] {r.actor(), r.unitCode(), r.action(), r.targetType(),
                r.targetId(), r.summary(), r.clientAddr()}) {
            sb.append('\t');
            escape(f, sb);
        }
        return sb.toString();
    }

    public static String hash(String prevHashHex, String canonical) {
        MessageDigest sha = sha256();
        sha.update(HexFormat.of().parseHex(prevHashHex));
        sha.update(canonical.getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().formatHex(sha.digest());
    }

    static Instant truncate(Instant t) {
        return t.truncatedTo(java.time.temporal.ChronoUnit.MICROS);
    }

    private static void escape(String s, StringBuilder sb) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '\\' -> sb.append("\\\\");
                case '\t' -> sb.append("\\t");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                default -> sb.append(c);
            }
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
