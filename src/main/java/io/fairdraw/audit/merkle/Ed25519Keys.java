package io.fairdraw.audit.merkle;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.spec.NamedParameterSpec;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;

/** Ed25519 keys of the JDK (JEP 339) in the encodings a checkpoint reader meets. */
public final class Ed25519Keys {

    /** DER prefix of an X.509 SubjectPublicKeyInfo for Ed25519 (RFC 8410 §4); the raw key follows. */
    private static final byte[] SPKI_PREFIX = HexFormat.of().parseHex("302a300506032b6570032100");
    /** DER prefix of a PKCS#8 v1 PrivateKeyInfo for Ed25519 (RFC 8410 §7); the 32-byte seed follows. */
    private static final byte[] PKCS8_PREFIX = HexFormat.of().parseHex("302e020100300506032b657004220420");

    private Ed25519Keys() {
    }

    public static KeyPair generate() {
        try {
            return KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    public static byte[] raw(PublicKey key) {
        byte[] der = key.getEncoded();
        return Arrays.copyOfRange(der, der.length - 32, der.length);
    }

    public static PublicKey publicKey(byte[] raw) {
        if (raw.length != 32) {
            throw new IllegalArgumentException("an Ed25519 public key has 32 bytes, not " + raw.length);
        }
        byte[] der = Arrays.copyOf(SPKI_PREFIX, SPKI_PREFIX.length + 32);
        System.arraycopy(raw, 0, der, SPKI_PREFIX.length, 32);
        try {
            return KeyFactory.getInstance("Ed25519").generatePublic(new X509EncodedKeySpec(der));
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("not an Ed25519 public key", e);
        }
    }

    /**
     * The key pair of a PKCS#8 private key. The JDK cannot derive an Ed25519 public key directly, so
     * the generator is fed the stored seed as its "randomness" (it draws exactly the 32-byte seed,
     * RFC 8032 §5.1.5) and the result is checked against the given key.
     */
    public static KeyPair fromPkcs8(byte[] pkcs8) {
        if (pkcs8.length != PKCS8_PREFIX.length + 32
                || !Arrays.equals(pkcs8, 0, PKCS8_PREFIX.length, PKCS8_PREFIX, 0, PKCS8_PREFIX.length)) {
            throw new IllegalArgumentException("expected an unencrypted Ed25519 PKCS#8 key (48 bytes, RFC 8410)");
        }
        byte[] seed = Arrays.copyOfRange(pkcs8, PKCS8_PREFIX.length, pkcs8.length);
        try {
            KeyPairGenerator g = KeyPairGenerator.getInstance("Ed25519");
            g.initialize(NamedParameterSpec.ED25519, new SecureRandom() {
                @Override
                public void nextBytes(byte[] bytes) {
                    System.arraycopy(seed, 0, bytes, 0, bytes.length);
                }
            });
            KeyPair pair = g.generateKeyPair();
            if (!Arrays.equals(pair.getPrivate().getEncoded(), pkcs8)) {
                throw new IllegalStateException("could not derive the public key of the configured Ed25519 key");
            }
            return pair;
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("not an Ed25519 private key", e);
        }
    }

    public static PrivateKey privateKey(byte[] pkcs8) {
        try {
            return KeyFactory.getInstance("Ed25519").generatePrivate(new PKCS8EncodedKeySpec(pkcs8));
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("not an Ed25519 private key", e);
        }
    }

    public static String pem(PublicKey key) {
        return "-----BEGIN PUBLIC KEY-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(key.getEncoded())
                + "\n-----END PUBLIC KEY-----\n";
    }

    /**
     * The key hash of a C2SP signed note: the first four bytes of
     * {@code SHA-256(name ‖ 0x0A ‖ 0x01 ‖ public key)} (0x01 = Ed25519), binding the key to the log's name.
     */
    public static byte[] keyHash(String name, byte[] rawPublic) {
        MessageDigest sha = Rfc6962.sha256();
        sha.update(name.getBytes(StandardCharsets.UTF_8));
        sha.update((byte) 0x0A);
        sha.update((byte) 0x01);
        sha.update(rawPublic);
        return Arrays.copyOf(sha.digest(), 4);
    }

    /** The C2SP verifier key {@code name+hex(key hash)+base64(0x01 ‖ key)}, as golang.org/x/mod/sumdb/note reads it. */
    public static String verifierKey(String name, byte[] rawPublic) {
        byte[] typed = new byte[33];
        typed[0] = 0x01;
        System.arraycopy(rawPublic, 0, typed, 1, 32);
        return name + "+" + HexFormat.of().formatHex(keyHash(name, rawPublic)) + "+"
                + Base64.getEncoder().encodeToString(typed);
    }
}
