package io.fairdraw.disclosure.domain;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The public side of disclosure (一公开): published item results only, through the partial indexes —
 * the portal's search and pages, the open-data downloads and the exchange file drop's day
 * ({@link #eachPublishedOn}). The publication queue that feeds it is {@link DisclosureRepository}.
 */
@Repository
class PublishedResultRepository {

    static final String RESULT_COLUMNS = "id, record_id, task_name, year, unit_code, item_code, item_version, "
            + "item_name, uscc, entity_name, field, category, inspection_date, published_on, corrected_by_record_id";

    private final JdbcClient jdbc;
    private final JdbcTemplate template;
    private final TransactionTemplate transactions;

    PublishedResultRepository(JdbcClient jdbc, JdbcTemplate template, PlatformTransactionManager transactionManager) {
        this.jdbc = jdbc;
        this.template = template;
        this.transactions = new TransactionTemplate(transactionManager);
        this.transactions.setReadOnly(true);
    }

    private record Where(String sql, List<Object> params) {
    }

    private static Where where(ResultQuery q) {
        StringBuilder w = new StringBuilder(" WHERE published_on IS NOT NULL");
        List<Object> p = new ArrayList<>();
        if (q.uscc() != null) {
            w.append(" AND uscc = ?");
            p.add(q.uscc());
        }
        if (q.text() != null) {
            if (q.codeSearch()) {
                // Code prefix as a range on the C-collated B-tree (uscc, published_on, id): [prefix, prefix
                // with its last character + 1) holds exactly the codes that start with it (byte order; codes
                // are [0-9A-Z]). Unlike LIKE ?, a range needs no plan per value (bench/portal: planning was
                // most of the database's CPU per code search).
                String prefix = q.codePrefix();
                if (prefix.length() == 18) {
                    w.append(" AND uscc = ?");
                    p.add(prefix);
                } else {
                    w.append(" AND uscc >= ? AND uscc < ?");
                    p.add(prefix);
                    p.add(prefix.substring(0, prefix.length() - 1) + (char) (prefix.charAt(prefix.length() - 1) + 1));
                }
            } else {
                String lower = lowered(q);
                int length = lower.codePointCount(0, lower.length());
                // The text reaches the planner only inside a subquery and strpos, whose selectivity it cannot
                // look up: every text is estimated alike, the custom plan costs what the generic one does, and
                // PostgreSQL keeps one plan per prepared statement instead of planning every search. With the
                // text in sight (disclosure_grams(?), LIKE ?) every search was planned again, and planning
                // cost more than executing (figures: bench/portal/README.md).
                if (length >= 2) {
                    // Every bigram of the text is among the name's bigrams (GIN), then the exact substring.
                    w.append(" AND name_grams @> (SELECT disclosure_grams(?))");
                    p.add(lower);
                }
                if (length != 2) {
                    // A 2-character text is its own only bigram: the name has it exactly when it contains the
                    // text, so the substring check is left out (its per-row check: work for nothing).
                    w.append(" AND strpos(lower(entity_name), ?) > 0");
                    p.add(lower);
                }
            }
        }
        if (q.unit() != null) {
            w.append(" AND unit_code = ?");
            p.add(q.unit());
        }
        if (q.year() != null) {
            w.append(" AND year = ?");
            p.add(q.year());
        }
        if (q.field() != null) {
            w.append(" AND field = ?");
            p.add(q.field());
        }
        if (q.category() != null) {
            w.append(" AND category = ?");
            p.add(q.category());
        }
        return new Where(w.toString(), p);
    }

    /**
     * How many of the newest published rows a name search with many matches looks at first: with more
     * than {@link Portal#MATCH_PROBE} matches in 1,000,000 rows a page's worth is expected among them
     * (at 0.5 %: about 100), and the newest-first index scan stops as soon as it has a page.
     */
    static final int RECENT_WINDOW = 20_000;

    /**
     * One page in (published_on DESC, id DESC) order, after the cursor; {@code limit + 1} rows tell
     * whether more follow. A name search reaches here with a common fragment ({@link #fewMatches}
     * found more than it holds), and tries the newest rows first.
     */
    List<PublicResult> page(ResultQuery q, int limit) {
        if (nameSearch(q)) {
            List<PublicResult> recent = transactions.execute(status -> {
                // The matches are known to be dense, so the newest-first scan of the published index stops
                // within a few thousand rows. The planner cannot know it: it multiplies the selectivities of the
                // bigrams and of LIKE as if independent and may choose to collect and sort every match through
                // the bigram index instead (a very common fragment: bench/portal/README.md). So, for this statement,
                // bitmap and sequential scans are off (SET LOCAL: until this transaction ends).
                jdbc.sql("SELECT set_config('enable_bitmapscan', 'off', true), set_config('enable_seqscan', 'off', true)")
                        .query().singleRow();
                return select(q, limit, true);
            });
            if (recent.size() == limit) {
                return recent;
            }
        }
        return select(q, limit, false);
    }

    static boolean nameSearch(ResultQuery q) {
        return q.text() != null && !q.codeSearch();
    }

    private List<PublicResult> select(ResultQuery q, int limit, boolean window) {
        Where w = where(q);
        List<Object> p = new ArrayList<>(w.params());
        String sql = "SELECT " + RESULT_COLUMNS + " FROM disclosure_result" + w.sql() + afterCursor(q, "AND", p);
        if (window) {
            // no further than the RECENT_WINDOW-th newest row after the cursor (none when fewer rows follow)
            sql += " AND (published_on, id) >= (SELECT published_on, id FROM disclosure_result WHERE published_on IS NOT NULL"
                    + afterCursor(q, "AND", p) + " ORDER BY published_on DESC, id DESC OFFSET " + (RECENT_WINDOW - 1)
                    + " LIMIT 1)";
        }
        sql += " ORDER BY published_on DESC, id DESC LIMIT ?";
        p.add(limit);
        return jdbc.sql(sql).params(p).query(PublishedResultRepository::result).list();
    }

    /**
     * The keyset condition "after the query's cursor" introduced by {@code keyword} ({@code AND} or
     * {@code WHERE}), its two values appended to {@code params}; empty without a cursor.
     */
    private static String afterCursor(ResultQuery q, String keyword, List<Object> params) {
        Object[] cursor = q.cursor();
        if (cursor == null) {
            return "";
        }
        params.add(cursor[0]);
        params.add(cursor[1]);
        return " " + keyword + " (published_on, id) < (?, ?)";
    }

    /** A page of matches and how many there are in all. */
    record CountedPage(List<PublicResult> rows, int count) {
    }

    /**
     * A name search's matches counted through the bigram index up to {@code cap + 1} and, when there
     * are at most {@code cap} (then every match is in hand), its page sorted from them: one statement
     * and one pass over the matching rows, where a count and then a page read them twice (bench/portal:
     * the database's CPU per name search); only the page's rows are then read whole. Empty when there
     * are more: a common fragment, whose page {@link #page} finds among the newest rows.
     */
    Optional<CountedPage> fewMatches(ResultQuery q, int limit, int cap) {
        List<Object> p = new ArrayList<>();
        String matches;
        if (oneBigramOnly(q)) {
            // One bigram and no other filter: its matches in order from disclosure_name_gram (an index-only
            // scan), not through the GIN index and a visit to every matching row, which costs more than twice
            // as much per search (bench/portal/README.md). Lowered as where() lowers
            // it for disclosure_grams(?), which lowers again: its only bigram is lower(text).
            matches = "SELECT result_id AS id, published_on FROM disclosure_name_gram WHERE gram = (SELECT lower(?))";
            p.add(lowered(q));
        } else {
            Where w = where(q);
            matches = "SELECT id, published_on FROM disclosure_result" + w.sql();
            p.addAll(w.params());
        }
        p.add(cap + 1);
        String cursorSql = afterCursor(q, "WHERE", p);
        p.add(limit);
        // m keeps only what counting and ordering need; the page's rows are then read whole by their ids.
        // Every column of every match in m would cost more planning and execution per search than
        // reading only the page's rows whole afterwards (bench/portal/README.md).
        String sql = "WITH m AS MATERIALIZED (" + matches + " LIMIT ?), "
                + "t AS (SELECT id FROM m" + cursorSql + " ORDER BY published_on DESC, id DESC LIMIT ?) "
                + "SELECT (SELECT count(*) FROM m) AS total, p.* FROM (SELECT 1) one LEFT JOIN (SELECT " + RESULT_COLUMNS
                + " FROM disclosure_result WHERE id IN (SELECT id FROM t)) p ON true ORDER BY p.published_on DESC, p.id DESC";
        int[] total = {0};
        List<PublicResult> rows = new ArrayList<>(limit);
        jdbc.sql(sql).params(p).query((ResultSet rs) -> {
            total[0] = rs.getInt("total");
            if (rs.getObject("id") != null) {
                rows.add(result(rs, 0));
            }
        });
        return total[0] > cap ? Optional.empty() : Optional.of(new CountedPage(rows, total[0]));
    }

    /** A name search's text as both name-search paths match it: lower-cased (the bigrams are of the lower-cased name). */
    private static String lowered(ResultQuery q) {
        return q.text().toLowerCase(java.util.Locale.ROOT);
    }

    /** A name search for exactly two characters (one bigram) and nothing else. */
    static boolean oneBigramOnly(ResultQuery q) {
        String lower = nameSearch(q) ? lowered(q) : "";
        return lower.codePointCount(0, lower.length()) == 2 && q.uscc() == null
                && q.unit() == null && q.year() == null && q.field() == null && q.category() == null;
    }

    /** The number of matches, counted up to {@code cap} (a count over 1,000,000 rows per request is not affordable). */
    int countUpTo(ResultQuery q, int cap) {
        Where w = where(q);
        List<Object> p = new ArrayList<>(w.params());
        p.add(cap);
        return jdbc.sql("SELECT count(*) FROM (SELECT 1 FROM disclosure_result" + w.sql() + " LIMIT ?) c")
                .params(p).query(Integer.class).single();
    }

    /** Every match, streamed (open data downloads); needs a transaction so the driver fetches in batches. */
    void each(ResultQuery q, Consumer<PublicResult> out) {
        Where w = where(q);
        String sql = "SELECT " + RESULT_COLUMNS + " FROM disclosure_result" + w.sql()
                + " ORDER BY published_on DESC, id DESC";
        template.query(con -> {
            var ps = con.prepareStatement(sql);
            ps.setFetchSize(1000);
            int i = 1;
            for (Object o : w.params()) {
                ps.setObject(i++, o);
            }
            return ps;
        }, (org.springframework.jdbc.core.RowCallbackHandler) rs -> out.accept(result(rs, 0)));
    }

    /** A published row with what the exchange file drop adds: the record it corrects and its task (issue 20 item 2). */
    interface PublishedRowSink {
        void accept(PublicResult row, Long correctsRecordId, long taskId);
    }

    /** The rows published on {@code day}, in (record, id) order; needs a transaction so the driver fetches in batches. */
    void eachPublishedOn(LocalDate day, PublishedRowSink out) {
        String sql = "SELECT " + RESULT_COLUMNS + ", task_id, (SELECT d.corrects_record_id FROM disclosure_record d "
                + "WHERE d.record_id = disclosure_result.record_id) AS corrects_record_id FROM disclosure_result "
                + "WHERE published_on = ? ORDER BY record_id, id";
        template.query(con -> {
            var ps = con.prepareStatement(sql);
            ps.setFetchSize(1000);
            ps.setObject(1, day);
            return ps;
        }, (org.springframework.jdbc.core.RowCallbackHandler) rs -> out.accept(result(rs, 0),
                rs.getObject("corrects_record_id", Long.class), rs.getLong("task_id")));
    }

    boolean anyPublished(String uscc) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM disclosure_result WHERE uscc = ? AND published_on IS NOT NULL)")
                .param(uscc).query(Boolean.class).single();
    }

    List<Integer> publishedYears() {
        return jdbc.sql("SELECT DISTINCT year FROM disclosure_record WHERE status = 'PUBLISHED' ORDER BY year DESC")
                .query(Integer.class).list();
    }

    static PublicResult result(ResultSet rs, int row) throws SQLException {
        return new PublicResult(rs.getLong("id"),
                new PublicResult.Origin(rs.getLong("record_id"), rs.getString("task_name"), rs.getInt("year"),
                        rs.getString("unit_code")),
                new PublicResult.Item(rs.getString("item_code"), rs.getInt("item_version"), rs.getString("item_name")),
                entity(rs), rs.getString("category"), rs.getObject("inspection_date", LocalDate.class),
                rs.getObject("published_on", LocalDate.class), rs.getObject("corrected_by_record_id", Long.class));
    }

    static PublicResult.Entity entity(ResultSet rs) throws SQLException {
        return new PublicResult.Entity(rs.getString("uscc"), rs.getString("entity_name"), rs.getString("field"));
    }
}
