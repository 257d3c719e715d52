package io.fairdraw.audit.merkle;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Base64;

/**
 * A signed checkpoint in the C2SP formats tlog-checkpoint and signed-note:
 *
 * <pre>
 * &lt;origin&gt;            the log's name
 * &lt;size&gt;              decimal tree size
 * &lt;base64 root&gt;       MTH of the first size entries, standard Base64
 * time &lt;instant&gt;      extension line: signing time, UTC, seconds (ISO 8601)
 *                     (blank line)
 * — &lt;origin&gt; &lt;base64(key hash[4] ‖ Ed25519 signature[64])&gt;
 * </pre>
 *
 * The signature covers the body: the first four lines including their final newline.
 */
public record CheckpointNote(String origin, long size, byte[] root, Instant time) {

    private static final String DASH = "\u2014 ";

    public CheckpointNote {
        if (origin.isBlank() || origin.contains("\n") || origin.contains(" ") || origin.contains("+")) {
            throw new IllegalArgumentException("an origin is one line without spaces or '+'");
        }
        if (size < 0 || root.length != Rfc6962.HASH_SIZE) {
            throw new IllegalArgumentException("bad checkpoint size or root");
        }
        root = root.clone();
        time = time.truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
    }

    @Override
    public byte[] root() {
        return root.clone();
    }

    public String body() {
        return origin + "\n" + size + "\n" + Base64.getEncoder().encodeToString(root) + "\ntime " + time + "\n";
    }

    /** The signature line's Base64 payload: key hash ‖ signature. */
    public String sign(PrivateKey key, byte[] rawPublic) {
        try {
            Signature s = Signature.getInstance("Ed25519");
            s.initSign(key);
            s.update(body().getBytes(StandardCharsets.UTF_8));
            byte[] sig = s.sign();
            byte[] payload = new byte[4 + sig.length];
            System.arraycopy(Ed25519Keys.keyHash(origin, rawPublic), 0, payload, 0, 4);
            System.arraycopy(sig, 0, payload, 4, sig.length);
            return Base64.getEncoder().encodeToString(payload);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    public String note(String signature) {
        return body() + "\n" + DASH + origin + " " + signature + "\n";
    }

    /** Parses a signed note; throws IllegalArgumentException naming what is malformed. */
    public static Signed parse(String note) {
        int blank = note.indexOf("\n\n");
        if (blank < 0) {
            throw new IllegalArgumentException("no blank line between checkpoint and signature");
        }
        String body = note.substring(0, blank + 1);
        String[] lines = body.split("\n");
        if (lines.length < 4 || !lines[3].startsWith("time ")) {
            throw new IllegalArgumentException("expected origin, size, root and time lines");
        }
        String sigLine = note.substring(blank + 2).split("\n", -1)[0];
        String[] parts = sigLine.split(" ");
        if (parts.length != 3 || !sigLine.startsWith(DASH)) {
            throw new IllegalArgumentException("expected a signature line '\u2014 <name> <base64>'");
        }
        try {
            CheckpointNote cp = new CheckpointNote(lines[0], Long.parseLong(lines[1]),
                    Base64.getDecoder().decode(lines[2]), Instant.parse(lines[3].substring(5)));
            if (!cp.body().equals(body)) {
                throw new IllegalArgumentException("checkpoint body is not in canonical form");
            }
            return new Signed(cp, parts[1], Base64.getDecoder().decode(parts[2]));
        } catch (NumberFormatException | DateTimeParseException e) {
            throw new IllegalArgumentException("malformed checkpoint: " + e.getMessage(), e);
        }
    }

    /** A parsed note: the checkpoint, the signer's name and key hash ‖ signature. */
    public record Signed(CheckpointNote checkpoint, String signer, byte[] payload) {

        public boolean verify(PublicKey key) {
            byte[] raw = Ed25519Keys.raw(key);
            if (payload.length != 68 || !signer.equals(checkpoint.origin())
                    || !MessageDigest.isEqual(Arrays.copyOf(payload, 4), Ed25519Keys.keyHash(signer, raw))) {
                return false;
            }
            try {
                Signature s = Signature.getInstance("Ed25519");
                s.initVerify(key);
                s.update(checkpoint.body().getBytes(StandardCharsets.UTF_8));
                return s.verify(payload, 4, 64);
            } catch (GeneralSecurityException e) {
                return false;
            }
        }
    }
}
