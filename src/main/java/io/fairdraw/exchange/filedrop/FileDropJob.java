package io.fairdraw.exchange.filedrop;

import io.fairdraw.shared.BusinessClock;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The daily file drop, at {@code fairdraw.exchange.file-drop.time} Beijing time: the previous day's
 * publications, complete by then. ShedLock makes one node run it (DESIGN.md §4). Days a stopped
 * system missed since the last written drop are written first, at most {@link #CATCH_UP_DAYS} back.
 */
@Component
public class FileDropJob {

    static final int CATCH_UP_DAYS = 31;

    private final FileDropService service;
    private final Clock clock;

    FileDropJob(FileDropService service, Clock clock) {
        this.service = service;
        this.clock = clock;
    }

    @Scheduled(cron = "#{@fileDropSchedule.cron()}", zone = BusinessClock.ZONE_ID)
    @SchedulerLock(name = "exchange.file-drop", lockAtMostFor = "PT30M", lockAtLeastFor = "PT1M")
    public void run() {
        if (service.settings().enabled()) {
            catchUp(BusinessClock.today(clock).minusDays(1));
        }
    }

    /** The job's body for one day, with the configured settings (tests call it directly; ADMIN's re-run too). */
    public FileDrop runFor(LocalDate day) {
        return service.drop(day);
    }

    /** {@code yesterday} and the days missed before it since the last written drop; returns the drops. */
    List<FileDrop> catchUp(LocalDate yesterday) {
        LocalDate from = service.lastWritten().map(d -> d.plusDays(1)).orElse(yesterday);
        if (from.isBefore(yesterday.minusDays(CATCH_UP_DAYS - 1))) {
            from = yesterday.minusDays(CATCH_UP_DAYS - 1);
        }
        if (from.isAfter(yesterday)) {
            from = yesterday;
        }
        List<FileDrop> out = new ArrayList<>();
        for (LocalDate d = from; !d.isAfter(yesterday); d = d.plusDays(1)) {
            out.add(runFor(d));
        }
        return out;
    }
}
