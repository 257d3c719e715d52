package io.fairdraw.draw.domain;

import static org.assertj.core.api.Assertions.assertThat;

import io.fairdraw.support.AppIT;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** 升级前以明文保存的抽取秘密在启动时被加密（issue 18 §7）。 */
@AppIT
class LegacySecretSealingIT {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    SecretSeal seal;

    @Autowired
    LegacySecretSealing sealing;

    @Test
    @DisplayName("明文秘密（旧版本写入）在启动时被密封，解密后与原秘密相同；已密封的不变")
    void clearSecretsAreSealed() {
        var rows = jdbc.sql("SELECT draw_id, secret FROM draw_secret ORDER BY draw_id LIMIT 2")
                .query((rs, i) -> new String[] {rs.getString(1), rs.getString(2)}).list();
        assertThat(rows).as("the demo's draws").hasSize(2);
        assertThat(rows).allSatisfy(r -> assertThat(r[1]).startsWith("seal1:"));
        String drawId = rows.get(0)[0];
        String secret = seal.open(drawId, rows.get(0)[1]);
        // What an earlier version stored.
        jdbc.sql("UPDATE draw_secret SET secret = ? WHERE draw_id = ?").params(secret, drawId).update();

        sealing.sealClearSecrets();

        String stored = jdbc.sql("SELECT secret FROM draw_secret WHERE draw_id = ?").param(drawId).query(String.class).single();
        assertThat(stored).startsWith("seal1:").doesNotContain(secret);
        assertThat(seal.open(drawId, stored)).isEqualTo(secret);
        assertThat(jdbc.sql("SELECT secret FROM draw_secret WHERE draw_id = ?").param(rows.get(1)[0]).query(String.class)
                .single()).isEqualTo(rows.get(1)[1]);
    }
}
