package io.fairdraw.registry.domain;

import io.fairdraw.registry.LegalRepresentatives;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** {@link LegalRepresentatives} from the 名录库 table (one indexed read by primary key). */
@Component
class LegalRepresentativeQuery implements LegalRepresentatives {

    private final JdbcClient jdbc;

    LegalRepresentativeQuery(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<String> of(String uscc) {
        return jdbc.sql("SELECT legal_rep FROM registry_entity WHERE uscc = ?").param(uscc).query(String.class).optional();
    }
}
