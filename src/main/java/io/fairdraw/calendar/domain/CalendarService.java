package io.fairdraw.calendar.domain;

import io.fairdraw.audit.AuditEvent;
import io.fairdraw.audit.AuditLog;
import io.fairdraw.calendar.DayKind;
import io.fairdraw.calendar.WorkingDayCalendar;
import io.fairdraw.calendar.WorkingDays;
import io.fairdraw.shared.Actor;
import io.fairdraw.shared.UserError;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The maintained calendar: seeded with the official 2025 and 2026 schedules (国办发明电〔2024〕12号
 * and the notice of 2025-11-04), later years entered by an ADMIN from each year's notice. The
 * in-memory calendar is rebuilt after every committed change.
 */
@Service
public class CalendarService implements WorkingDays, io.fairdraw.calendar.CalendarSetup {

    static final String SEED = "calendar/cn-public-holidays-2025-2026.csv";

    private final CalendarRepository repository;
    private final AuditLog audit;
    private final AtomicReference<Snapshot> snapshot = new AtomicReference<>();

    /** Other nodes' changes are picked up within a minute (several app nodes, one database). */
    private record Snapshot(WorkingDayCalendar calendar, Set<Integer> years, long loadedAtNanos) {
        boolean stale() {
            return System.nanoTime() - loadedAtNanos > 60_000_000_000L;
        }
    }

    CalendarService(CalendarRepository repository, AuditLog audit) {
        this.repository = repository;
        this.audit = audit;
    }

    /** Official data, not demo data: seeded on an empty table in every mode. */
    @Transactional
    public void seedIfEmpty() {
        if (repository.count() > 0) {
            return;
        }
        String csv;
        try (var in = new ClassPathResource(SEED).getInputStream()) {
            csv = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        // Validated by the calendar's own parser; the names (春节, 国庆节 …) are kept for the admin page.
        WorkingDayCalendar official = WorkingDayCalendar.parseCsv(new java.io.StringReader(csv));
        java.util.Map<LocalDate, String> names = new java.util.HashMap<>();
        csv.lines().skip(1).map(l -> l.split(",", 3)).filter(f -> f.length == 3)
                .forEach(f -> names.put(LocalDate.parse(f[0].strip()), f[2].strip()));
        official.entries().forEach((day, kind) ->
                repository.upsert(new CalendarDay(day, kind, names.getOrDefault(day, ""), "system")));
        audit.record(AuditEvent.of("CALENDAR_SEEDED", "calendar", "2025-2026", official.entries().size() + " days")
                .by("system", ""));
        reloadAfterCommit();
    }

    @Override
    public boolean isWorkingDay(LocalDate date) {
        return current().calendar().isWorkingDay(date);
    }

    @Override
    public int between(LocalDate fromExclusive, LocalDate toInclusive) {
        return current().calendar().workingDaysBetween(fromExclusive, toInclusive);
    }

    @Override
    public LocalDate deadline(LocalDate from, int workdays) {
        if (workdays < 0 || workdays > 3650) {
            throw new UserError("workdays", "calendar.workdays.invalid");
        }
        return current().calendar().addWorkingDays(from, workdays);
    }

    @Override
    public boolean covers(int year) {
        return current().years().contains(year);
    }

    @Transactional(readOnly = true)
    public List<CalendarDay> year(int year) {
        return repository.year(year);
    }

    @Transactional(readOnly = true)
    public List<Integer> years() {
        return repository.years();
    }

    @Transactional
    public void save(LocalDate day, DayKind kind, String name) {
        if (day == null) {
            throw new UserError("day", "calendar.day.required");
        }
        if (kind == null) {
            throw new UserError("kind", "calendar.kind.required");
        }
        String clean = name == null ? "" : name.trim();
        if (clean.length() > 50) {
            throw new UserError("name", "calendar.name.too_long");
        }
        // A make-up working day only makes sense on a weekend; a holiday on a weekend changes nothing.
        boolean weekend = day.getDayOfWeek().getValue() >= 6;
        if (kind == DayKind.WORKDAY && !weekend) {
            throw new UserError("day", "calendar.workday.not_weekend");
        }
        String before = repository.find(day).map(d -> d.kind() + " " + d.name()).orElse("none");
        repository.upsert(new CalendarDay(day, kind, clean, Actor.current().map(Actor::username).orElse("system")));
        audit.record(AuditEvent.of("CALENDAR_DAY_SAVED", "calendar", day.toString(), before + " -> " + kind + " " + clean));
        reloadAfterCommit();
    }

    @Transactional
    public void delete(LocalDate day) {
        CalendarDay d = repository.find(day).orElseThrow(() -> new UserError("day", "calendar.day.not_found", day));
        repository.delete(day);
        audit.record(AuditEvent.of("CALENDAR_DAY_DELETED", "calendar", day.toString(), d.kind() + " " + d.name()));
        reloadAfterCommit();
    }

    private Snapshot current() {
        Snapshot s = snapshot.get();
        if (s == null || s.stale()) {
            s = load();
            snapshot.set(s);
        }
        return s;
    }

    private Snapshot load() {
        WorkingDayCalendar c = WorkingDayCalendar.of(repository.all());
        return new Snapshot(c, Set.copyOf(repository.years()), System.nanoTime());
    }

    private void reloadAfterCommit() {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    snapshot.set(null);
                }
            });
        } else {
            snapshot.set(null);
        }
    }
}
