package io.fairdraw.exchange.filedrop;

import org.springframework.stereotype.Component;

/** The cron expression of the configured time of day, for {@link FileDropJob}'s {@code @Scheduled}. */
@Component("fileDropSchedule")
class FileDropSchedule {

    private final FileDropSettings settings;

    FileDropSchedule(FileDropSettings settings) {
        this.settings = settings;
    }

    public String cron() {
        return settings.cron();
    }
}
