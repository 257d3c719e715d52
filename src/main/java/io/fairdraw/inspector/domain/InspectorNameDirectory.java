package io.fairdraw.inspector.domain;

import io.fairdraw.inspector.InspectorNames;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** One query for all the inspector names of a page (issue 21 item 2); no personal data is read. */
@Component
class InspectorNameDirectory implements InspectorNames {

    private final JdbcClient jdbc;

    InspectorNameDirectory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Map<String, Named> namesOf(Collection<String> inspectorIds) {
        String[] ids = inspectorIds.stream().filter(Objects::nonNull).distinct().toArray(String[]::new);
        Map<String, Named> out = new HashMap<>();
        if (ids.length == 0) {
            return out;
        }
        jdbc.sql("SELECT id, name, certificate_no, unit_code FROM inspector WHERE id = ANY (?)").param(ids)
                .query((rs, i) -> out.put(rs.getString(1), new Named(rs.getString(1), rs.getString(2), rs.getString(3),
                        rs.getString(4))))
                .list();
        return out;
    }
}
