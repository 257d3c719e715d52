package io.fairdraw.calendar.domain;

import io.fairdraw.calendar.DayKind;
import java.sql.Date;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class CalendarRepository {

    private final JdbcClient jdbc;

    CalendarRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Map<LocalDate, DayKind> all() {
        Map<LocalDate, DayKind> out = new LinkedHashMap<>();
        jdbc.sql("SELECT day, kind FROM calendar_day ORDER BY day").query(rs -> {
            out.put(rs.getDate(1).toLocalDate(), DayKind.valueOf(rs.getString(2)));
        });
        return out;
    }

    List<CalendarDay> year(int year) {
        return jdbc.sql("SELECT day, kind, name, updated_by FROM calendar_day WHERE day >= ? AND day < ? ORDER BY day")
                .params(Date.valueOf(LocalDate.of(year, 1, 1)), Date.valueOf(LocalDate.of(year + 1, 1, 1)))
                .query((rs, n) -> new CalendarDay(rs.getDate(1).toLocalDate(), DayKind.valueOf(rs.getString(2)),
                        rs.getString(3), rs.getString(4)))
                .list();
    }

    List<Integer> years() {
        return jdbc.sql("SELECT DISTINCT extract(year FROM day)::int FROM calendar_day ORDER BY 1")
                .query(Integer.class).list();
    }

    long count() {
        return jdbc.sql("SELECT count(*) FROM calendar_day").query(Long.class).single();
    }

    java.util.Optional<CalendarDay> find(LocalDate day) {
        return jdbc.sql("SELECT day, kind, name, updated_by FROM calendar_day WHERE day = ?").param(Date.valueOf(day))
                .query((rs, n) -> new CalendarDay(rs.getDate(1).toLocalDate(), DayKind.valueOf(rs.getString(2)),
                        rs.getString(3), rs.getString(4)))
                .optional();
    }

    void upsert(CalendarDay d) {
        jdbc.sql("""
                INSERT INTO calendar_day (day, kind, name, updated_by, updated_at) VALUES (?, ?, ?, ?, now())
                ON CONFLICT (day) DO UPDATE SET kind = EXCLUDED.kind, name = EXCLUDED.name,
                       updated_by = EXCLUDED.updated_by, updated_at = now()""")
                .params(Date.valueOf(d.day()), d.kind().name(), d.name(), d.updatedBy()).update();
    }

    int delete(LocalDate day) {
        return jdbc.sql("DELETE FROM calendar_day WHERE day = ?").param(Date.valueOf(day)).update();
    }
}
