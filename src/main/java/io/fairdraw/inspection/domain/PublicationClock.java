package io.fairdraw.inspection.domain;

import io.fairdraw.calendar.WorkingDays;
import io.fairdraw.inspection.ReviewDeadlines;
import io.fairdraw.plan.PlanWorkload;
import io.fairdraw.registry.EntityNames;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * 公示期限: the one place that computes a result's publication due date. 国发〔2019〕5号: results are public
 * within 20 working days; issue 19 item 5: the days run from the day the team submits the record (检查完成),
 * not from the review, so a record waiting for review already has its deadline. The calendar module's
 * working-day rule is applied once, at the first submission (a return for correction does not restart
 * the clock); the date is stored on the record and carried on {@code InspectionEvents.ResultApproved},
 * from which disclosure, report and reminders read it.
 */
@Component
public class PublicationClock implements ReviewDeadlines {

    /** 国发〔2019〕5号: results public within 20 working days (of submission, issue 19 item 5). */
    public static final int WORKDAYS = 20;

    /** When the team submitted first and when the result is due. */
    public record Due(LocalDate submittedOn, LocalDate publicationDue) {
    }

    private final JdbcClient jdbc;
    private final WorkingDays workingDays;
    private final EntityNames entityNames;
    private final PlanWorkload taskItems;

    PublicationClock(JdbcClient jdbc, WorkingDays workingDays, EntityNames entityNames, PlanWorkload taskItems) {
        this.jdbc = jdbc;
        this.workingDays = workingDays;
        this.entityNames = entityNames;
        this.taskItems = taskItems;
    }

    /** The due date of a result whose record was submitted on {@code submittedOn}: day 1 is the next working day. */
    public LocalDate dueFrom(LocalDate submittedOn) {
        return workingDays.deadline(submittedOn, WORKDAYS);
    }

    /** Starts the clock at submission; a record that was submitted before keeps its date. */
    void start(long recordId, LocalDate submittedOn) {
        jdbc.sql("UPDATE inspection_record SET submitted_on = ?, publication_due = ? "
                        + "WHERE id = ? AND publication_due IS NULL")
                .params(Date.valueOf(submittedOn), Date.valueOf(dueFrom(submittedOn)), recordId).update();
    }

    /**
     * The record's clock; one submitted before the clock existed and missed by the migration starts
     * from its recorded submission instant.
     */
    Optional<Due> of(long recordId) {
        Optional<Due> due = read(recordId);
        if (due.isEmpty()) {
            Optional<LocalDate> on = jdbc.sql("SELECT (submitted_at AT TIME ZONE ?)::date "
                            + "FROM inspection_record WHERE id = ? AND submitted_at IS NOT NULL")
                    .params(io.fairdraw.shared.BusinessClock.ZONE_ID, recordId).query(LocalDate.class).optional();
            if (on.isPresent()) {
                start(recordId, on.get());
                due = read(recordId);
            }
        }
        return due;
    }

    private Optional<Due> read(long recordId) {
        return jdbc.sql("SELECT submitted_on, publication_due FROM inspection_record WHERE id = ? "
                        + "AND publication_due IS NOT NULL")
                .param(recordId)
                .query((rs, i) -> new Due(rs.getObject(1, LocalDate.class), rs.getObject(2, LocalDate.class)))
                .optional();
    }

    /** Due dates of these records (those with a running clock). */
    Map<Long, LocalDate> dueOf(List<Long> recordIds) {
        Map<Long, LocalDate> out = new HashMap<>();
        if (recordIds.isEmpty()) {
            return out;
        }
        jdbc.sql("SELECT id, publication_due FROM inspection_record WHERE id = ANY(?) AND publication_due IS NOT NULL")
                .param(recordIds.toArray(Long[]::new))
                .query((rs, i) -> Map.entry(rs.getLong(1), rs.getObject(2, LocalDate.class)))
                .list().forEach(e -> out.put(e.getKey(), e.getValue()));
        return out;
    }

    /** Per visit, the due date of its newest record when that record waits for review (我的检查任务). */
    Map<Long, LocalDate> dueOfVisitsUnderReview(List<Long> visitIds) {
        Map<Long, LocalDate> out = new HashMap<>();
        if (visitIds.isEmpty()) {
            return out;
        }
        jdbc.sql("SELECT visit_id, status, publication_due FROM (SELECT DISTINCT ON (visit_id) visit_id, status, "
                        + "publication_due FROM inspection_record WHERE visit_id = ANY(?) ORDER BY visit_id, id DESC) x "
                        + "WHERE status = 'SUBMITTED' AND publication_due IS NOT NULL")
                .param(visitIds.toArray(Long[]::new))
                .query((rs, i) -> Map.entry(rs.getLong(1), rs.getObject(3, LocalDate.class)))
                .list().forEach(e -> out.put(e.getKey(), e.getValue()));
        return out;
    }

    @Override
    @Transactional(readOnly = true)
    public List<AwaitingReview> awaitingReview() {
        record Row(long recordId, long visitId, long taskId, String uscc, LocalDate submittedOn, LocalDate due) {
        }
        List<Row> rows = jdbc.sql("SELECT r.id, r.visit_id, v.task_id, v.uscc, r.submitted_on, r.publication_due "
                        + "FROM inspection_record r JOIN inspection_visit v ON v.id = r.visit_id "
                        + "WHERE r.status = 'SUBMITTED' AND r.publication_due IS NOT NULL ORDER BY r.publication_due, r.id")
                .query((rs, i) -> new Row(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getString(4),
                        rs.getObject(5, LocalDate.class), rs.getObject(6, LocalDate.class)))
                .list();
        // issue 23 item 4: the tasks and the entities' names in one query each, not a task view and an entity per record
        Map<Long, PlanWorkload.TaskItem> taskOf = rows.isEmpty() ? Map.of()
                : taskItems.tasks(rows.stream().map(Row::taskId).toList());
        Map<String, String> nameOf = rows.isEmpty() ? Map.of()
                : entityNames.namesOf(rows.stream().map(Row::uscc).toList());
        List<AwaitingReview> out = new ArrayList<>();
        for (Row r : rows) {
            PlanWorkload.TaskItem t = taskOf.get(r.taskId());
            if (t == null) {
                continue;
            }
            out.add(new AwaitingReview(r.recordId(), r.visitId(), r.taskId(), t.year(), t.unitCode(), r.uscc(),
                    nameOf.getOrDefault(r.uscc(), r.uscc()), r.submittedOn(), r.due()));
        }
        return out;
    }
}
