package io.fairdraw.audit.domain;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * The hourly checkpoint, so that even a quiet log is pinned at least once an hour. Every node runs
 * the trigger; the database lock in {@code checkpointIfGrown} lets one of them sign.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class CheckpointSchedule {

    private final JdbcTransparencyLog log;

    CheckpointSchedule(JdbcTransparencyLog log) {
        this.log = log;
    }

    @Scheduled(cron = "${fairdraw.log.checkpoint-cron:0 0 * * * *}")
    void hourly() {
        log.checkpointIfGrown();
    }
}
