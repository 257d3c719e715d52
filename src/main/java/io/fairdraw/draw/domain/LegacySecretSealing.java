package io.fairdraw.draw.domain;

import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Seals the draw secrets that versions before issue 18 §7 stored in clear, once, at start-up, so a
 * database reader cannot learn the secret of a draw announced before the upgrade either. Safe on
 * several nodes at once: a row is replaced only while it still holds the clear value.
 */
@Component
class LegacySecretSealing {

    private static final Logger log = LoggerFactory.getLogger(LegacySecretSealing.class);

    private final JdbcClient jdbc;
    private final SecretSeal seal;

    LegacySecretSealing(JdbcClient jdbc, SecretSeal seal) {
        this.jdbc = jdbc;
        this.seal = seal;
    }

    @EventListener(ApplicationReadyEvent.class)
    void sealClearSecrets() {
        List<String[]> clear = jdbc.sql("SELECT draw_id, secret FROM draw_secret WHERE secret NOT LIKE 'seal1:%'")
                .query((rs, i) -> new String[] {rs.getString(1), rs.getString(2)}).list();
        int sealed = 0;
        for (String[] row : clear) {
            sealed += jdbc.sql("UPDATE draw_secret SET secret = ? WHERE draw_id = ? AND secret = ?")
                    .params(seal.seal(row[0], row[1]), row[0], row[1]).update();
        }
        if (sealed > 0) {
            log.info("Sealed {} draw secrets stored in clear by an earlier version", sealed);
        }
    }
}
