package io.fairdraw.shared;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;

/**
 * The one way a date or a moment is written for a person to read (issue 21 item 4): {@code yyyy-MM-dd}
 * and {@code yyyy-MM-dd HH:mm}, in the business zone ({@link BusinessClock#ZONE}). Templates reach it
 * as {@code #fmt.date(x)} / {@code #fmt.dateTime(x)}; files for machines (the draw record, JSON, the
 * protocol files) keep their ISO instants and do not use this class.
 */
public final class DisplayDates {

    public static final String DATE = "yyyy-MM-dd";
    public static final String DATE_TIME = "yyyy-MM-dd HH:mm";

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern(DATE);
    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern(DATE_TIME);

    private DisplayDates() {
    }

    /** {@code yyyy-MM-dd}; empty for null. */
    public static String date(Object value) {
        TemporalAccessor t = local(value);
        return t == null ? "" : DAY.format(t);
    }

    /** {@code yyyy-MM-dd HH:mm}; a bare date stays a date; empty for null. */
    public static String dateTime(Object value) {
        if (value instanceof LocalDate d) {
            return DAY.format(d);
        }
        TemporalAccessor t = local(value);
        return t == null ? "" : MINUTE.format(t);
    }

    /** The value as a date-time in the business zone (a {@code LocalDate} as itself). */
    private static TemporalAccessor local(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Instant i) {
            return LocalDateTime.ofInstant(i, BusinessClock.ZONE);
        }
        if (value instanceof ZonedDateTime z) {
            return z.withZoneSameInstant(BusinessClock.ZONE).toLocalDateTime();
        }
        if (value instanceof OffsetDateTime o) {
            return o.atZoneSameInstant(BusinessClock.ZONE).toLocalDateTime();
        }
        if (value instanceof java.util.Date d) {
            return LocalDateTime.ofInstant(d.toInstant(), BusinessClock.ZONE);
        }
        if (value instanceof LocalDate || value instanceof LocalDateTime) {
            return (TemporalAccessor) value;
        }
        throw new IllegalArgumentException("not a date or a moment: " + value.getClass().getName());
    }
}
