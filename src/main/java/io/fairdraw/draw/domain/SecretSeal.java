package io.fairdraw.draw.domain;

import io.fairdraw.shared.KeyFile;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * A draw's secret encrypted at rest (issue 18 §7): DRAW-PROTOCOL.md §1 keeps the secret unknown
 * until execution, and someone who can only read the database (a backup, a read-only account)
 * must not learn it before then. AES-256-GCM, a fresh 96-bit nonce per secret, the draw id as
 * associated data (a sealed secret moved to another draw does not open). Stored as text
 * {@code seal1:} + base64(nonce ‖ ciphertext ‖ tag). After execution the secret is published in
 * clear in {@code draw_announcement}, as before.
 *
 * <p>The key, 32 bytes in base64: {@code FAIRDRAW_DRAW_SECRET_KEY} ({@code fairdraw.draw.secret-key}),
 * required when {@code fairdraw.keys.require-configured} (the {@code prod} profile); otherwise the
 * demo's own, generated into {@code draw-secret-aes256.key} of the key directory
 * ({@link KeyFile}), or for a throw-away database a key that lives as long as the JVM.
 */
@Component
class SecretSeal {

    private static final Logger log = LoggerFactory.getLogger(SecretSeal.class);
    static final String PREFIX = "seal1:";
    static final String FILE = "draw-secret-aes256.key";
    private static final int NONCE = 12;
    private static final int TAG_BITS = 128;
    private static final SecureRandom RANDOM = new SecureRandom();
    private static byte[] ephemeralKey;

    private final SecretKey key;

    @Autowired
    SecretSeal(@Value("${fairdraw.draw.secret-key:${FAIRDRAW_DRAW_SECRET_KEY:}}") String configured,
               @Value("${fairdraw.keys.require-configured:false}") boolean requireConfigured,
               @Value("${fairdraw.keys.dir:${FAIRDRAW_KEY_DIR:}}") String keyDir,
               @Value("${fairdraw.db.data-dir:./data/pg}") String databaseDataDir,
               @Value("${fairdraw.db.ephemeral:false}") boolean ephemeral) {
        this(key(configured.strip(), requireConfigured, keyDir, databaseDataDir, ephemeral));
    }

    SecretSeal(byte[] key) {
        if (key.length != 32) {
            throw new IllegalStateException("The draw secret key (FAIRDRAW_DRAW_SECRET_KEY) must be 32 bytes in base64, "
                    + "e.g. `openssl rand -base64 32`; it has " + key.length + " bytes.");
        }
        this.key = new SecretKeySpec(key, "AES");
    }

    private static byte[] key(String configured, boolean required, String keyDir, String dataDir, boolean ephemeral) {
        if (!configured.isEmpty()) {
            try {
                return Base64.getDecoder().decode(configured);
            } catch (IllegalArgumentException e) {
                throw new IllegalStateException("FAIRDRAW_DRAW_SECRET_KEY is not base64 (e.g. `openssl rand -base64 32`).");
            }
        }
        if (required) {
            throw new IllegalStateException("Production mode needs the key that encrypts draw secrets at rest in "
                    + "FAIRDRAW_DRAW_SECRET_KEY (fairdraw.draw.secret-key): 32 bytes in base64, e.g. "
                    + "`openssl rand -base64 32`. Refusing to start without it (docs/operations.md).");
        }
        if (ephemeral) {
            synchronized (SecretSeal.class) {
                if (ephemeralKey == null) {
                    ephemeralKey = random(32);
                }
                return ephemeralKey;
            }
        }
        var file = KeyFile.directory(keyDir, dataDir).resolve(FILE);
        return KeyFile.loadOrCreate(file, () -> {
            log.warn("No draw secret key configured (FAIRDRAW_DRAW_SECRET_KEY): generated one into {} (demo only; "
                    + "production configures it)", file);
            return random(32);
        });
    }

    /** The stored form of {@code secretHex} for draw {@code drawId}. */
    String seal(String drawId, String secretHex) {
        byte[] nonce = random(NONCE);
        byte[] sealed = crypt(Cipher.ENCRYPT_MODE, drawId, nonce, secretHex.getBytes(StandardCharsets.US_ASCII));
        byte[] out = Arrays.copyOf(nonce, NONCE + sealed.length);
        System.arraycopy(sealed, 0, out, NONCE, sealed.length);
        return PREFIX + Base64.getEncoder().encodeToString(out);
    }

    /**
     * The secret of a stored value; fails when it was changed, belongs to another draw or was sealed
     * with another key. A value stored before sealing existed (64 hex digits) is returned as it is.
     */
    String open(String drawId, String stored) {
        if (!stored.startsWith(PREFIX)) {
            if (stored.matches("[0-9a-f]{64}")) {
                return stored;
            }
            throw new IllegalStateException("draw " + drawId + ": the stored secret is neither sealed nor a secret");
        }
        byte[] in = Base64.getDecoder().decode(stored.substring(PREFIX.length()));
        if (in.length <= NONCE) {
            throw new IllegalStateException("draw " + drawId + ": the sealed secret is truncated");
        }
        byte[] plain = crypt(Cipher.DECRYPT_MODE, drawId, Arrays.copyOf(in, NONCE), Arrays.copyOfRange(in, NONCE, in.length));
        return new String(plain, StandardCharsets.US_ASCII);
    }

    private byte[] crypt(int mode, String drawId, byte[] nonce, byte[] data) {
        try {
            Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
            c.init(mode, key, new GCMParameterSpec(TAG_BITS, nonce));
            c.updateAAD(("fairdraw draw secret|" + drawId).getBytes(StandardCharsets.UTF_8));
            return c.doFinal(data);
        } catch (GeneralSecurityException e) {
            // AEADBadTagException: changed, another draw's, or another key's.
            throw new IllegalStateException("draw " + drawId + ": the sealed secret does not open with this key "
                    + "(changed, moved from another draw, or sealed with another FAIRDRAW_DRAW_SECRET_KEY)", e);
        }
    }

    private static byte[] random(int n) {
        byte[] b = new byte[n];
        RANDOM.nextBytes(b);
        return b;
    }
}
