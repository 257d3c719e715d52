package io.fairdraw.calendar;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Collections;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Working days in mainland China: a day is a working day when it is a make-up {@link DayKind#WORKDAY},
 * or a Monday to Friday that is not a {@link DayKind#HOLIDAY} (国务院办公厅's yearly 放假安排 notice).
 *
 * <p>Dates outside the years the entries cover are treated as plain Monday-to-Friday weeks; the
 * calendar cannot know holidays that have not been announced yet. Immutable and thread-safe.
 */
public final class WorkingDayCalendar {

    private static final String CSV_HEADER = "date,kind,name";

    private final Map<LocalDate, DayKind> entries;

    private WorkingDayCalendar(Map<LocalDate, DayKind> entries) {
        this.entries = Collections.unmodifiableMap(new TreeMap<>(entries));
    }

    public static WorkingDayCalendar of(Map<LocalDate, DayKind> entries) {
        entries.forEach((date, kind) -> {
            if (date == null || kind == null) {
                throw new IllegalArgumentException("calendar entries must not contain null");
            }
        });
        return new WorkingDayCalendar(entries);
    }

    /** @throws IllegalArgumentException when a date is both a holiday and a make-up working day */
    public static WorkingDayCalendar of(Set<LocalDate> holidays, Set<LocalDate> makeUpWorkdays) {
        Map<LocalDate, DayKind> entries = new TreeMap<>();
        holidays.forEach(d -> entries.put(d, DayKind.HOLIDAY));
        for (LocalDate d : makeUpWorkdays) {
            if (entries.put(d, DayKind.WORKDAY) != null) {
                throw new IllegalArgumentException(d + " is both a holiday and a make-up working day");
            }
        }
        return new WorkingDayCalendar(entries);
    }

    /**
     * Reads {@code date,kind,name} lines (kind {@code holiday} or {@code workday}; the name is
     * informational). Blank lines and a leading byte order mark are ignored, because the file is
     * maintained by hand and often saved from a spreadsheet. The reader is not closed; it
     * belongs to the caller.
     *
     * @throws IllegalArgumentException naming the line of the first malformed or duplicate entry
     */
    public static WorkingDayCalendar parseCsv(Reader reader) {
        Map<LocalDate, DayKind> entries = new TreeMap<>();
        BufferedReader in = new BufferedReader(reader);
        try {
            String line;
            int lineNo = 0;
            boolean headerSeen = false;
            while ((line = in.readLine()) != null) {
                lineNo++;
                line = (lineNo == 1 && line.startsWith("\uFEFF") ? line.substring(1) : line).strip();
                if (line.isEmpty()) {
                    continue;
                }
                if (!headerSeen) {
                    if (!line.equalsIgnoreCase(CSV_HEADER)) {
                        throw new IllegalArgumentException("line " + lineNo + ": expected header '" + CSV_HEADER + "'");
                    }
                    headerSeen = true;
                    continue;
                }
                String[] fields = line.split(",", 3);
                if (fields.length < 2) {
                    throw new IllegalArgumentException("line " + lineNo + ": expected date,kind,name");
                }
                LocalDate date = parseDate(fields[0].strip(), lineNo);
                DayKind kind = parseKind(fields[1].strip(), lineNo);
                if (entries.put(date, kind) != null) {
                    throw new IllegalArgumentException("line " + lineNo + ": duplicate date " + date);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new WorkingDayCalendar(entries);
    }

    public boolean isWorkingDay(LocalDate date) {
        DayKind kind = entries.get(date);
        if (kind != null) {
            return kind == DayKind.WORKDAY;
        }
        DayOfWeek dow = date.getDayOfWeek();
        return dow != DayOfWeek.SATURDAY && dow != DayOfWeek.SUNDAY;
    }

    /**
     * The n-th working day after {@code from}: day 1 is the first working day after it, so a
     * deadline such as 国发〔2019〕5号's "results public within 20 working days" is
     * {@code addWorkingDays(from, 20)} (also the contract of {@code /api/v1/calendar/deadline}).
     * {@code n == 0} returns {@code from} unchanged, even when it is not a working day.
     *
     * @throws IllegalArgumentException when n is negative
     */
    public LocalDate addWorkingDays(LocalDate from, int n) {
        if (n < 0) {
            throw new IllegalArgumentException("n must not be negative: " + n);
        }
        LocalDate day = from;
        for (int counted = 0; counted < n; ) {
            day = day.plusDays(1);
            if (isWorkingDay(day)) {
                counted++;
            }
        }
        return day;
    }

    /**
     * Working days in {@code (fromExclusive, toInclusive]}, so that
     * {@code workingDaysBetween(d, addWorkingDays(d, n)) == n}.
     *
     * @throws IllegalArgumentException when {@code toInclusive} is before {@code fromExclusive}
     */
    public int workingDaysBetween(LocalDate fromExclusive, LocalDate toInclusive) {
        if (toInclusive.isBefore(fromExclusive)) {
            throw new IllegalArgumentException(toInclusive + " is before " + fromExclusive);
        }
        int count = 0;
        for (LocalDate day = fromExclusive.plusDays(1); !day.isAfter(toInclusive); day = day.plusDays(1)) {
            if (isWorkingDay(day)) {
                count++;
            }
        }
        return count;
    }

    /** The holiday and make-up dates, sorted by date; e.g. to seed the database. */
    public Map<LocalDate, DayKind> entries() {
        return entries;
    }

    private static LocalDate parseDate(String text, int lineNo) {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("line " + lineNo + ": not a yyyy-MM-dd date: '" + text + "'", e);
        }
    }

    private static DayKind parseKind(String text, int lineNo) {
        return switch (text.toLowerCase(Locale.ROOT)) {
            case "holiday" -> DayKind.HOLIDAY;
            case "workday" -> DayKind.WORKDAY;
            default -> throw new IllegalArgumentException(
                    "line " + lineNo + ": kind must be holiday or workday, got '" + text + "'");
        };
    }
}
