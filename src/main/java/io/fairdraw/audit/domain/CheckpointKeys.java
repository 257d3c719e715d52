package io.fairdraw.audit.domain;

import io.fairdraw.audit.merkle.Ed25519Keys;
import io.fairdraw.shared.KeyFile;
import java.security.KeyPair;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.time.Clock;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The Ed25519 key that signs checkpoints (docs/transparency-log.md, "Keys"). Only its public half
 * is ever stored in the database (issue 18 §7). Where the private half comes from:
 * <ul>
 * <li>configuration, {@code FAIRDRAW_CHECKPOINT_KEY} (base64 PKCS#8) — required when
 *     {@code fairdraw.keys.require-configured} (the {@code prod} profile): the application refuses
 *     to start without it;</li>
 * <li>otherwise (demo) a key generated once into {@code checkpoint-ed25519.pk8} of the key directory
 *     ({@link KeyFile}: owner-only file beside the embedded cluster, shared by nodes on one host),</li>
 * <li>or, with a throw-away database ({@code fairdraw.db.ephemeral}, the tests), a key that lives
 *     exactly as long as that database: the JVM.</li>
 * </ul>
 */
@Component
class CheckpointKeys {

    private static final Logger log = LoggerFactory.getLogger(CheckpointKeys.class);
    static final String FILE = "checkpoint-ed25519.pk8";
    /** The ephemeral database lives as long as the JVM; so does its key (shared by the JVM's contexts). */
    private static KeyPair ephemeralKey;

    record SigningKey(String keyId, String origin, PrivateKey privateKey, byte[] publicKey) {
    }

    private final CheckpointRepository repository;
    private final String origin;
    private final String configured;
    private final Clock clock;
    private final TransactionTemplate ownTransaction;
    private final KeyDirectory directory;
    private SigningKey current;

    /** Where a demo key is kept. */
    record KeyDirectory(String configured, String databaseDataDir, boolean ephemeral) {
    }

    CheckpointKeys(CheckpointRepository repository, Clock clock, PlatformTransactionManager transactions,
                   @Value("${fairdraw.log.origin:fairdraw.local/audit-log}") String origin,
                   @Value("${fairdraw.log.checkpoint-key:${FAIRDRAW_CHECKPOINT_KEY:}}") String configured,
                   @Value("${fairdraw.keys.require-configured:false}") boolean requireConfigured,
                   @Value("${fairdraw.keys.dir:${FAIRDRAW_KEY_DIR:}}") String keyDir,
                   @Value("${fairdraw.db.data-dir:./data/pg}") String databaseDataDir,
                   @Value("${fairdraw.db.ephemeral:false}") boolean ephemeral) {
        this.repository = repository;
        this.clock = clock;
        this.origin = origin;
        this.configured = configured.trim();
        if (this.configured.isEmpty() && requireConfigured) {
            throw new IllegalStateException("Production mode needs the checkpoint signing key in FAIRDRAW_CHECKPOINT_KEY "
                    + "(fairdraw.log.checkpoint-key): base64 of an Ed25519 private key in PKCS#8 DER, e.g. "
                    + "`openssl genpkey -algorithm ed25519 -outform DER | base64 -w0`. Refusing to start without it "
                    + "(docs/transparency-log.md, \"Keys\"; docs/operations.md).");
        }
        if (!this.configured.isEmpty()) {
            // A malformed key fails the start, not the first checkpoint an hour later.
            Ed25519Keys.fromPkcs8(Base64.getMimeDecoder().decode(this.configured));
        }
        this.directory = new KeyDirectory(keyDir, databaseDataDir, ephemeral);
        this.ownTransaction = new TransactionTemplate(transactions);
        ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    String origin() {
        return origin;
    }

    /** The signing key; the first call stores its public half (committed at once, so a checkpoint can refer to it). */
    synchronized SigningKey signingKey() {
        if (current == null) {
            KeyPair pair = configured.isEmpty() ? demoKey(directory)
                    : Ed25519Keys.fromPkcs8(Base64.getMimeDecoder().decode(configured));
            byte[] raw = Ed25519Keys.raw(pair.getPublic());
            String keyId = keyId(raw);
            ownTransaction.executeWithoutResult(s -> repository.insertKey(
                    new CheckpointRepository.StoredKey(keyId, origin, raw, null, clock.instant())));
            current = new SigningKey(keyId, origin, pair.getPrivate(), raw);
        }
        return current;
    }

    Optional<PublicKey> publicKey(String keyId) {
        return repository.key(keyId).map(k -> Ed25519Keys.publicKey(k.publicKey()));
    }

    /** The demo's own key: from its file (generated into it the first time), or the JVM's for a throw-away database. */
    static synchronized KeyPair demoKey(KeyDirectory dir) {
        if (dir.ephemeral()) {
            if (ephemeralKey == null) {
                ephemeralKey = Ed25519Keys.generate();
            }
            return ephemeralKey;
        }
        var file = KeyFile.directory(dir.configured(), dir.databaseDataDir()).resolve(FILE);
        byte[] pkcs8 = KeyFile.loadOrCreate(file, () -> {
            log.warn("No checkpoint key configured (FAIRDRAW_CHECKPOINT_KEY): generated one into {} (demo only; "
                    + "production configures it)", file);
            return Ed25519Keys.generate().getPrivate().getEncoded();
        });
        return Ed25519Keys.fromPkcs8(pkcs8);
    }

    private String keyId(byte[] raw) {
        return HexFormat.of().formatHex(Ed25519Keys.keyHash(origin, raw));
    }
}
