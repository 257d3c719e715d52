package io.fairdraw.support;

import io.fairdraw.calendar.WorkingDayCalendar;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

/**
 * The official 2025–2026 calendar (国办发明电〔2024〕12号 and the 2026 notice) as the application ships it
 * (the calendar module's seed, copied from the shared data {@code cn-public-holidays-2025-2026.csv}). Test
 * fixtures that stand in for the inspection module use it to carry the publication due date on
 * {@code ResultApproved} the way the inspection module does: the 20th working day after submission.
 */
public final class OfficialCalendar {

    /** The application's seed resource (calendar module, CalendarService.SEED). */
    public static final String RESOURCE = "/calendar/cn-public-holidays-2025-2026.csv";

    private static final WorkingDayCalendar CALENDAR = load();

    private OfficialCalendar() {
    }

    public static WorkingDayCalendar get() {
        return CALENDAR;
    }

    /** 国发〔2019〕5号: the result of a record submitted on {@code submittedOn} is public by this day. */
    public static LocalDate publicationDue(LocalDate submittedOn) {
        return CALENDAR.addWorkingDays(submittedOn, 20);
    }

    private static WorkingDayCalendar load() {
        try (InputStream in = OfficialCalendar.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing " + RESOURCE);
            }
            return WorkingDayCalendar.parseCsv(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
