package io.fairdraw.exchange.domain;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * The sender's trigger on every node; ShedLock lets one node run it at a time (DESIGN.md §4), and the
 * sender's SKIP LOCKED claims keep even overlapping runs from sending a row twice at once.
 * {@code fairdraw.exchange.sender.enabled=false} turns it off (the integration tests call the sender).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "fairdraw.exchange.sender.enabled", havingValue = "true", matchIfMissing = true)
class SenderSchedule {

    private final OutboxSender sender;

    SenderSchedule(OutboxSender sender) {
        this.sender = sender;
    }

    @Scheduled(initialDelayString = "${fairdraw.exchange.sender.initial-delay:PT30S}",
            fixedDelayString = "${fairdraw.exchange.sender.delay:PT30S}")
    @SchedulerLock(name = "exchange.sender", lockAtMostFor = "PT10M")
    void run() {
        sender.sendDue();
    }
}
