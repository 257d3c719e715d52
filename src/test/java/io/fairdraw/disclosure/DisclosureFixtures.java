package io.fairdraw.disclosure;

import io.fairdraw.inspection.Disposal;
import io.fairdraw.inspection.InspectionEvents;
import io.fairdraw.inspection.ResultCategory;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Approved results the way the inspection module delivers them: a real {@code ResultApproved}
 * event published inside a transaction (the disclosure listener joins it). Record ids far above
 * anything the inspection module's sequence reaches in tests.
 */
public final class DisclosureFixtures {

    private static final AtomicLong IDS = new AtomicLong(9_000_000_000L + (System.nanoTime() % 1_000_000) * 1000);
    private static final AtomicLong CODES = new AtomicLong(System.nanoTime() % 1_000_000);

    private final TransactionTemplate tx;
    private final ApplicationEventPublisher events;

    public DisclosureFixtures(TransactionTemplate tx, ApplicationEventPublisher events) {
        this.tx = tx;
        this.events = events;
    }

    public static String uscc() {
        return String.format("91659X%012d", CODES.incrementAndGet());
    }

    public static long nextId() {
        return IDS.incrementAndGet();
    }

    public InspectionEvents.ResultApproved approve(long recordId, Long corrects, long taskId, String taskName, int year,
                                            String unit, String uscc, String name, LocalDate approvedOn,
                                            ResultCategory category) {
        InspectionEvents.ResultApproved e = new InspectionEvents.ResultApproved(recordId, corrects,
                new InspectionEvents.ResultApproved.Task(taskId, taskName, year, unit),
                new InspectionEvents.ResultApproved.Visited(recordId, year + "-" + unit + "-T99-1", uscc, name, "LAND",
                        List.of("检查员甲乙丙", "检查员丁戊己"), approvedOn.minusDays(3)),
                new InspectionEvents.ResultApproved.Approval("reviewer." + unit.toLowerCase(),
                        Instant.parse(approvedOn + "T02:00:00Z"), approvedOn),
                List.of(new InspectionEvents.ItemResult("TST-ITEM-1", 1, "土地利用检查", unit, category,
                                category.problem() ? Disposal.RECTIFY_TRACKED : Disposal.NONE),
                        new InspectionEvents.ItemResult("TST-ITEM-2", 2, "规划许可检查", unit,
                                ResultCategory.NO_PROBLEM, Disposal.NONE)),
                // the day the team submitted is taken as the approval day here; the due date is carried as the
                // inspection module carries it (issue 19 item 5)
                new InspectionEvents.ResultApproved.Publication(approvedOn,
                        io.fairdraw.support.OfficialCalendar.publicationDue(approvedOn)));
        tx.executeWithoutResult(s -> events.publishEvent(e));
        return e;
    }
}
