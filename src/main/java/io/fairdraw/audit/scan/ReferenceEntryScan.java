package io.fairdraw.audit.scan;

import io.fairdraw.audit.AuditVerification;
import io.fairdraw.audit.domain.AuditRow;
import io.fairdraw.audit.domain.ChainCheck;
import io.fairdraw.audit.merkle.Rfc6962;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.function.LongFunction;

/**
 * The audit scan as the rules say it, one row at a time: each COPY row is decoded into an
 * {@link AuditRow}, handed to {@link ChainCheck} (the chain rule, {@code hash = SHA-256(prev ‖
 * canonical)}, the same class the row-by-row verification uses), and its canonical text becomes
 * the RFC 6962 §2.1 leaf {@code SHA-256(0x00 ‖ canonical)}. No threads, no byte tricks: this is
 * what {@link ParallelEntryScan} is checked against.
 */
final class ReferenceEntryScan implements EntryScan {

    private static final int H = Rfc6962.HASH_SIZE;

    @Override
    public AuditVerification scan(InputStream copyText, long n, byte[] leaves, byte[] present,
                                  LongFunction<String> slowCanonical) {
        ChainCheck check = new ChainCheck();
        BufferedReader in = new BufferedReader(new InputStreamReader(copyText, StandardCharsets.UTF_8));
        try {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                AuditRow row = row(line);
                String canonical = check.accept(row);
                if (leaves != null) {
                    byte[] leaf = Rfc6962.leafHash(canonical.getBytes(StandardCharsets.UTF_8));
                    System.arraycopy(leaf, 0, leaves, Math.toIntExact((row.seq() - 1) * H), H);
                    present[Math.toIntExact(row.seq() - 1)] = 1;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return check.result();
    }

    /** One line of COPY text: eleven fields separated by TAB. */
    private static AuditRow row(String line) {
        String[] f = line.split("\t", -1);
        if (f.length != 11) {
            throw new IllegalStateException("unexpected COPY row with " + f.length + " fields");
        }
        return new AuditRow(Long.parseLong(f[0]), time(f[1]), text(f[2]), text(f[3]), text(f[4]), text(f[5]),
                text(f[6]), text(f[7]), text(f[8]), text(f[9]), text(f[10]));
    }

    /**
     * A field of COPY text: PostgreSQL's documentation ("COPY", File Formats, Text Format) lists
     * the backslash sequences {@code \b \f \n \r \t \v \\}; COPY TO writes no others.
     */
    static String text(String field) {
        StringBuilder sb = new StringBuilder(field.length());
        for (int i = 0; i < field.length(); i++) {
            char c = field.charAt(i);
            if (c != '\\') {
                sb.append(c);
                continue;
            }
            char next = field.charAt(++i);
            sb.append(switch (next) {
                case 'b' -> '\b';
                case 'f' -> '\f';
                case 'n' -> '\n';
                case 'r' -> '\r';
                case 't' -> '\t';
                case 'v' -> '\u000B';
                default -> next; // "\\" is a backslash
            });
        }
        return sb.toString();
    }

    /**
     * A timestamptz as PostgreSQL prints it in ISO style at UTC: {@code 2026-03-01 02:03:04.1234+00},
     * the fraction without trailing zeros (or none), a year of more than four digits as it is,
     * and {@code " BC"} after a year before 1 (1 BC is the proleptic year 0).
     */
    static Instant time(String field) {
        String s = field;
        boolean bc = s.endsWith(" BC");
        if (bc) {
            s = s.substring(0, s.length() - 3);
        }
        if (!s.endsWith("+00")) {
            throw new IllegalStateException("not a UTC time: " + field);
        }
        s = s.substring(0, s.length() - 3);
        int dash = s.indexOf('-');
        int year = Integer.parseInt(s.substring(0, dash));
        // Parsed in the leap year 2000 so that 29 February is accepted, then moved to its own year.
        LocalDateTime t = LocalDateTime.parse("2000" + s.substring(dash).replace(' ', 'T'));
        return t.withYear(bc ? 1 - year : year).toInstant(ZoneOffset.UTC);
    }
}
