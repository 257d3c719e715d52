package io.fairdraw.audit.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyPair;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** 检查点签名私钥不进数据库：生产模式必须配置；演示模式保存在仅属主可读的密钥文件中（issue 18 §7）。 */
class CheckpointKeysTest {

    @Test
    @DisplayName("要求配置密钥（prod）而未配置时拒绝启动并说明原因")
    void productionNeedsTheKey() {
        assertThatThrownBy(() -> new CheckpointKeys(null, null, null, "o", "", true, "", "./data/pg", false))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("FAIRDRAW_CHECKPOINT_KEY")
                .hasMessageContaining("openssl genpkey -algorithm ed25519");
        assertThatThrownBy(() -> new CheckpointKeys(null, null, null, "o", "bm90IGEga2V5", true, "", "./data/pg", false))
                .as("a configured key that is no Ed25519 key fails the start").isInstanceOf(RuntimeException.class);
    }

    @Test
    @DisplayName("演示密钥：首次生成到数据目录旁的 keys/（0600），再次启动读取同一密钥；临时数据库用进程内密钥")
    void demoKeyInOwnerOnlyFile(@TempDir Path dir) throws Exception {
        var where = new CheckpointKeys.KeyDirectory("", dir.resolve("pg").toString(), false);
        KeyPair first = CheckpointKeys.demoKey(where);
        Path file = dir.resolve("keys").resolve(CheckpointKeys.FILE);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        assertThat(Files.readAllBytes(file)).isEqualTo(first.getPrivate().getEncoded());
        assertThat(CheckpointKeys.demoKey(where).getPublic()).isEqualTo(first.getPublic());
        var configuredDir = new CheckpointKeys.KeyDirectory(dir.resolve("elsewhere").toString(), "ignored", false);
        assertThat(CheckpointKeys.demoKey(configuredDir).getPublic()).isNotEqualTo(first.getPublic());
        assertThat(dir.resolve("elsewhere").resolve(CheckpointKeys.FILE)).exists();
        var ephemeral = new CheckpointKeys.KeyDirectory("", dir.resolve("tmp").toString(), true);
        assertThat(CheckpointKeys.demoKey(ephemeral).getPublic()).isEqualTo(CheckpointKeys.demoKey(ephemeral).getPublic());
        assertThat(dir.resolve("tmp")).doesNotExist();
        assertThat(dir.resolve("keys").resolve(CheckpointKeys.FILE + ".tmp")).doesNotExist();
    }
}
