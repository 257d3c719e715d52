package io.fairdraw.draw.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Random;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** 抽取秘密在数据库中以 AES-GCM 加密保存（issue 18 §7）。 */
class SecretSealTest {

    private static final String DRAW = "FD-2026-D01-0001-1";

    private static byte[] key(int seed) {
        byte[] k = new byte[32];
        new Random(seed).nextBytes(k);
        return k;
    }

    private static String secret(int seed) {
        byte[] s = new byte[32];
        new Random(seed).nextBytes(s);
        return HexFormat.of().formatHex(s);
    }

    @Test
    @DisplayName("保存的内容不含秘密（也不是秘密的任何编码）；同一秘密每次加密结果不同；解密还原")
    void storedFormHidesTheSecret() {
        SecretSeal seal = new SecretSeal(key(1));
        for (int i = 0; i < 50; i++) {
            String secret = secret(i);
            String stored = seal.seal(DRAW, secret);
            assertThat(stored).startsWith("seal1:").doesNotContain(secret).doesNotContain(secret.substring(0, 16));
            byte[] raw = Base64.getDecoder().decode(stored.substring(6));
            assertThat(HexFormat.of().formatHex(raw)).doesNotContain(secret.substring(0, 16));
            assertThat(seal.seal(DRAW, secret)).as("fresh nonce").isNotEqualTo(stored);
            assertThat(seal.open(DRAW, stored)).isEqualTo(secret);
        }
    }

    @Test
    @DisplayName("篡改密文、换用其他抽取的密文、换用错误的密钥都无法解密")
    void tamperedMovedOrWrongKeyRefused() {
        SecretSeal seal = new SecretSeal(key(1));
        String stored = seal.seal(DRAW, secret(7));
        byte[] raw = Base64.getDecoder().decode(stored.substring(6));
        for (int i = 0; i < raw.length; i++) {
            byte[] changed = raw.clone();
            changed[i] ^= 0x01;
            String tampered = "seal1:" + Base64.getEncoder().encodeToString(changed);
            assertThatThrownBy(() -> seal.open(DRAW, tampered)).as("bit flipped in byte %d", i)
                    .isInstanceOf(IllegalStateException.class).hasMessageContaining("does not open");
        }
        assertThatThrownBy(() -> seal.open("FD-2026-D01-0002-1", stored)).hasMessageContaining("does not open");
        assertThatThrownBy(() -> new SecretSeal(key(2)).open(DRAW, stored)).hasMessageContaining("does not open");
        assertThatThrownBy(() -> seal.open(DRAW, "seal1:AAAA")).hasMessageContaining("truncated");
        assertThat(seal.open(DRAW, secret(3))).as("stored in clear before this change").isEqualTo(secret(3));
    }

    @Test
    @DisplayName("生产模式没有配置密钥拒绝启动；演示模式生成仅属主可读的密钥文件，重启后使用同一密钥")
    void keyFromConfigurationOrOwnerOnlyFile(@TempDir Path dir) throws Exception {
        assertThatThrownBy(() -> new SecretSeal("", true, "", dir.resolve("pg").toString(), false))
                .hasMessageContaining("FAIRDRAW_DRAW_SECRET_KEY");
        String configured = Base64.getEncoder().encodeToString(key(5));
        String sealed = new SecretSeal(configured, true, "", dir.resolve("pg").toString(), false).seal(DRAW, secret(1));
        assertThat(new SecretSeal(key(5)).open(DRAW, sealed)).isEqualTo(secret(1));
        assertThat(dir.resolve("keys")).doesNotExist();

        String demo = new SecretSeal("", false, "", dir.resolve("pg").toString(), false).seal(DRAW, secret(2));
        Path file = dir.resolve("keys").resolve(SecretSeal.FILE);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file.getParent()))).isEqualTo("rwx------");
        assertThat(new SecretSeal("", false, "", dir.resolve("pg").toString(), false).open(DRAW, demo))
                .as("the next start reads the same key").isEqualTo(secret(2));
        assertThatThrownBy(() -> new SecretSeal(Base64.getEncoder().encodeToString(new byte[16]), false, "", "x", false))
                .hasMessageContaining("32 bytes");
    }
}
