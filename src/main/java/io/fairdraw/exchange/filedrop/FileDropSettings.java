package io.fairdraw.exchange.filedrop;

import java.nio.file.Path;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code fairdraw.exchange.file-drop.*} (docs/integration.md): whether the daily drop runs, the
 * directory it writes to, the time of day (Beijing time) it writes the previous day's file, the
 * formats, the file name's prefix and the ordered columns ({@link ColumnMapping}; none: the default).
 * Tests build their own settings (another directory, a custom mapping) and call the service with them.
 */
@ConfigurationProperties("fairdraw.exchange.file-drop")
public record FileDropSettings(
        @DefaultValue("true") boolean enabled,
        @DefaultValue("data/file-drop") Path directory,
        @DefaultValue("01:30") String time,
        @DefaultValue({"xlsx", "csv"}) List<FileFormat> formats,
        @DefaultValue("fairdraw-results") String prefix,
        List<String> columns) {

    public FileDropSettings {
        columns = columns == null ? List.of() : List.copyOf(columns);
        formats = List.copyOf(formats);
        if (formats.isEmpty()) {
            throw new IllegalArgumentException("fairdraw.exchange.file-drop.formats: at least one of xlsx, csv");
        }
        if (!prefix.matches("[A-Za-z0-9._-]{1,60}")) {
            throw new IllegalArgumentException("fairdraw.exchange.file-drop.prefix: letters, digits, '.', '_', '-' only");
        }
        timeOfDay(time);
    }

    LocalTime timeOfDay() {
        return timeOfDay(time);
    }

    /** The cron expression of {@link #time} (seconds minutes hours, every day). */
    String cron() {
        LocalTime t = timeOfDay();
        return "0 " + t.getMinute() + " " + t.getHour() + " * * *";
    }

    FileDropSettings with(Path directory, List<String> columns) {
        return new FileDropSettings(enabled, directory, time, formats, prefix, columns);
    }

    private static LocalTime timeOfDay(String time) {
        try {
            return LocalTime.parse(time);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("fairdraw.exchange.file-drop.time: HH:mm, e.g. 01:30, not '" + time + "'");
        }
    }
}
