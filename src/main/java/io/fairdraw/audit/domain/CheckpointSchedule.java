package io.fairdraw.audit.domain;

import org.springframework.context.annotation.Configuration;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * The hourly checkpoint, so that even a quiet log is pinned at least once an hour. Every node runs
 * the trigger; ShedLock lets one of them run it, and the database lock in {@code checkpointIfGrown}
 * still keeps a checkpoint made after a draw from racing this one.
 */
@Configuration(proxyBeanMethods = false)
class CheckpointSchedule {

    private final JdbcTransparencyLog log;

    CheckpointSchedule(JdbcTransparencyLog log) {
        this.log = log;
    }

    @Scheduled(cron = "${fairdraw.log.checkpoint-cron:0 0 * * * *}")
    // lockAtLeastFor: a run takes milliseconds, so without it the lock is free again before a
    // second node's trigger of the same second arrives, and that node runs the job too (seen in
    // TwoNodesIT). Held for at least a minute (less than the cron's interval), each trigger runs once.
    @SchedulerLock(name = "audit.checkpoint", lockAtMostFor = "PT5M",
            lockAtLeastFor = "${fairdraw.log.checkpoint-lock-at-least:PT1M}")
    void hourly() {
        log.checkpointIfGrown();
    }
}
