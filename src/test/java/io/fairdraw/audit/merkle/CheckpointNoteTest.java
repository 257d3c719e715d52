package io.fairdraw.audit.merkle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.KeyPair;
import java.time.Instant;
import java.util.Base64;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** 签名检查点（C2SP signed note）：格式、签名、篡改与换钥检测、由 PKCS#8 私钥推导公钥。 */
class CheckpointNoteTest {

    private static final byte[] ROOT = Rfc6962.leafHash(new byte[0]);

    @Test
    @DisplayName("检查点文本格式：来源、大小、Base64 根、时间，空行后为签名行")
    void format() {
        CheckpointNote cp = new CheckpointNote("example.org/log", 42, ROOT, Instant.parse("2026-03-01T02:03:04.567Z"));
        assertThat(cp.body()).isEqualTo("example.org/log\n42\n" + Base64.getEncoder().encodeToString(ROOT)
                + "\ntime 2026-03-01T02:03:04Z\n");
        KeyPair k = Ed25519Keys.generate();
        String note = cp.note(cp.sign(k.getPrivate(), Ed25519Keys.raw(k.getPublic())));
        assertThat(note).startsWith(cp.body() + "\n\u2014 example.org/log ").endsWith("\n");
        CheckpointNote.Signed parsed = CheckpointNote.parse(note);
        assertThat(parsed.checkpoint().size()).isEqualTo(42);
        assertThat(parsed.checkpoint().root()).isEqualTo(ROOT);
        assertThat(parsed.verify(k.getPublic())).isTrue();
    }

    @Test
    @DisplayName("改动大小、换用其他公钥或改名都使签名校验失败")
    void tamperingFails() {
        KeyPair k = Ed25519Keys.generate();
        CheckpointNote cp = new CheckpointNote("example.org/log", 42, ROOT, Instant.EPOCH);
        String note = cp.note(cp.sign(k.getPrivate(), Ed25519Keys.raw(k.getPublic())));
        assertThat(CheckpointNote.parse(note.replace("\n42\n", "\n43\n")).verify(k.getPublic())).isFalse();
        assertThat(CheckpointNote.parse(note).verify(Ed25519Keys.generate().getPublic())).isFalse();
        assertThat(CheckpointNote.parse(note.replace("example.org/log", "example.org/other")).verify(k.getPublic()))
                .isFalse();
        assertThatThrownBy(() -> CheckpointNote.parse(note.replace("\n\n", "\n")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    @DisplayName("由 PKCS#8 私钥恢复的密钥对与原密钥对一致；C2SP 密钥哈希为 4 字节")
    void keys() {
        KeyPair k = Ed25519Keys.generate();
        KeyPair restored = Ed25519Keys.fromPkcs8(k.getPrivate().getEncoded());
        assertThat(Ed25519Keys.raw(restored.getPublic())).isEqualTo(Ed25519Keys.raw(k.getPublic()));
        assertThat(Ed25519Keys.publicKey(Ed25519Keys.raw(k.getPublic())).getEncoded()).isEqualTo(k.getPublic().getEncoded());
        assertThat(Ed25519Keys.keyHash("example.org/log", Ed25519Keys.raw(k.getPublic()))).hasSize(4);
        assertThat(Ed25519Keys.verifierKey("example.org/log", Ed25519Keys.raw(k.getPublic())))
                .matches("example\\.org/log\\+[0-9a-f]{8}\\+[A-Za-z0-9+/=]{44}");
        assertThat(Ed25519Keys.pem(k.getPublic())).startsWith("-----BEGIN PUBLIC KEY-----\n");
    }
}
