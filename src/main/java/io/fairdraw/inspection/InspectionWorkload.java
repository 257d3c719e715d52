package io.fairdraw.inspection;

import io.fairdraw.organization.FairdrawUser;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * What a person has to do in the inspection module, for the 工作台 (issue 21 item 1): read from the
 * same queries as 我的检查任务 ({@code /inspection/visits}) and 待审核 ({@code /inspection/review}), so
 * the home page's counts are those pages' rows.
 */
public interface InspectionWorkload {

    /** A visit of the person's team not yet approved; {@code dueBy} is the task's period end. */
    record OpenVisit(long visitId, String taskName, String uscc, String entityName, LocalDate dueBy,
                     RecordStatus recordStatus, boolean overdue) {
    }

    /** A submitted record the person may review; {@code publicationDue}: 国发〔2019〕5号's 20 working days. */
    record ToReview(long recordId, long visitId, String taskName, String uscc, String entityName,
                    LocalDate publicationDue) {
    }

    /** The directory inspector the account acts as (inspection accounts), if linked. */
    Optional<String> inspectorOf(FairdrawUser user);

    /** 我的检查任务 less the approved ones, soonest due first. */
    List<OpenVisit> openVisits(FairdrawUser user);

    /** 待审核, as {@code /inspection/review} lists it for this person. */
    List<ToReview> toReview(FairdrawUser user);
}
