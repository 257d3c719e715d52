package io.fairdraw.registry.domain;

import io.fairdraw.registry.EntityNames;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** One query for all the entity names of a page (issue 21 item 2). */
@Component
class EntityNameDirectory implements EntityNames {

    private final JdbcClient jdbc;

    EntityNameDirectory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Map<String, String> namesOf(Collection<String> usccs) {
        String[] codes = usccs.stream().filter(Objects::nonNull).distinct().toArray(String[]::new);
        Map<String, String> out = new HashMap<>();
        if (codes.length == 0) {
            return out;
        }
        jdbc.sql("SELECT uscc, name FROM registry_entity WHERE uscc = ANY (?)").param(codes)
                .query((rs, i) -> out.put(rs.getString(1), rs.getString(2))).list();
        return out;
    }
}
