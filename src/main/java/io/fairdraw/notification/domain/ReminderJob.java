package io.fairdraw.notification.domain;

import io.fairdraw.notification.ReminderKind;
import io.fairdraw.shared.BusinessClock;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The daily reminder run, at 07:00 Beijing time before the working day starts. ShedLock makes one
 * node run it (DESIGN.md §4); the generator's natural keys make even overlapping runs harmless.
 */
@Component
public class ReminderJob {

    private static final Logger LOG = LoggerFactory.getLogger(ReminderJob.class);

    private final ReminderGenerator generator;
    private final Clock clock;

    ReminderJob(ReminderGenerator generator, Clock clock) {
        this.generator = generator;
        this.clock = clock;
    }

    @Scheduled(cron = "${fairdraw.reminders.cron:0 0 7 * * *}", zone = BusinessClock.ZONE_ID)
    @SchedulerLock(name = "notification.reminders", lockAtMostFor = "PT30M", lockAtLeastFor = "PT1M")
    public void run() {
        runFor(BusinessClock.today(clock));
    }

    /** The same run for a given business date (the job's body; tests use it with the lock). */
    @SchedulerLock(name = "notification.reminders", lockAtMostFor = "PT30M")
    public Map<ReminderKind, Integer> runFor(LocalDate today) {
        Map<ReminderKind, Integer> created = generator.generate(today);
        LOG.info("Reminders for {}: {} created", today, created);
        return created;
    }
}
