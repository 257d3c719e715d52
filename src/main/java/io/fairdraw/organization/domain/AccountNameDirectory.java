package io.fairdraw.organization.domain;

import io.fairdraw.organization.AccountNames;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** One query for all the names of a page (issue 21 item 2). */
@Component
class AccountNameDirectory implements AccountNames {

    private final JdbcClient jdbc;

    AccountNameDirectory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Map<String, String> displayNames(Collection<String> usernames) {
        String[] names = usernames.stream().filter(Objects::nonNull).distinct().toArray(String[]::new);
        Map<String, String> out = new HashMap<>();
        if (names.length == 0) {
            return out;
        }
        jdbc.sql("SELECT username, display_name FROM org_account WHERE username = ANY (?)").param(names)
                .query((rs, i) -> out.put(rs.getString(1), rs.getString(2))).list();
        return out;
    }
}
