package io.fairdraw.disclosure.domain;

import io.fairdraw.disclosure.PublishedDrawResults;
import java.util.HashSet;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** One query per public draw page: the records of the draw that are PUBLISHED. */
@Component
class PublishedDrawResultsQuery implements PublishedDrawResults {

    private final JdbcClient jdbc;

    PublishedDrawResultsQuery(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Set<String> publishedUsccs(String drawId) {
        return new HashSet<>(jdbc.sql("SELECT DISTINCT uscc FROM disclosure_record WHERE draw_id = ? AND status = 'PUBLISHED'")
                .param(drawId).query(String.class).list());
    }
}
