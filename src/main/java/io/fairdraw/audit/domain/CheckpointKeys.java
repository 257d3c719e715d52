package io.fairdraw.audit.domain;

import io.fairdraw.audit.merkle.Ed25519Keys;
import java.security.KeyPair;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.time.Clock;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The Ed25519 key that signs checkpoints. Production supplies it as base64 PKCS#8 in
 * {@code FAIRDRAW_CHECKPOINT_KEY} and only its public half is stored; otherwise a key is generated
 * on first use and kept, unencrypted, in {@code audit_log_key} (docs/transparency-log.md, "Keys").
 */
@Component
class CheckpointKeys {

    record SigningKey(String keyId, String origin, PrivateKey privateKey, byte[] publicKey) {
    }

    /** Serialises first-use key generation across application nodes. */
    private static final long KEY_LOCK = 0x4644544C4B4559L; // "FDTLKEY"

    private final CheckpointRepository repository;
    private final String origin;
    private final String configured;
    private final Clock clock;
    private final TransactionTemplate ownTransaction;
    private SigningKey current;

    CheckpointKeys(CheckpointRepository repository, Clock clock, PlatformTransactionManager transactions,
                   @Value("${fairdraw.log.origin:fairdraw.local/audit-log}") String origin,
                   @Value("${fairdraw.log.checkpoint-key:${FAIRDRAW_CHECKPOINT_KEY:}}") String configured) {
        this.repository = repository;
        this.clock = clock;
        this.origin = origin;
        this.configured = configured.trim();
        this.ownTransaction = new TransactionTemplate(transactions);
        ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    String origin() {
        return origin;
    }

    /** The signing key; the first call stores it (committed at once, so a checkpoint can refer to it). */
    synchronized SigningKey signingKey() {
        if (current == null) {
            current = ownTransaction.execute(s -> configured.isEmpty() ? storedOrGenerated() : fromConfiguration());
        }
        return current;
    }

    Optional<PublicKey> publicKey(String keyId) {
        return repository.key(keyId).map(k -> Ed25519Keys.publicKey(k.publicKey()));
    }

    private SigningKey fromConfiguration() {
        KeyPair pair = Ed25519Keys.fromPkcs8(Base64.getMimeDecoder().decode(configured));
        byte[] raw = Ed25519Keys.raw(pair.getPublic());
        String keyId = keyId(raw);
        repository.insertKey(new CheckpointRepository.StoredKey(keyId, origin, raw, null, clock.instant()));
        return new SigningKey(keyId, origin, pair.getPrivate(), raw);
    }

    private SigningKey storedOrGenerated() {
        repository.lock(KEY_LOCK);
        CheckpointRepository.StoredKey k = repository.newestPrivateKey(origin).orElseGet(() -> {
            KeyPair pair = Ed25519Keys.generate();
            byte[] raw = Ed25519Keys.raw(pair.getPublic());
            var generated = new CheckpointRepository.StoredKey(keyId(raw), origin, raw,
                    pair.getPrivate().getEncoded(), clock.instant());
            repository.insertKey(generated);
            return generated;
        });
        return new SigningKey(k.keyId(), origin, Ed25519Keys.privateKey(k.privateKey()), k.publicKey());
    }

    private String keyId(byte[] raw) {
        return HexFormat.of().formatHex(Ed25519Keys.keyHash(origin, raw));
    }
}
