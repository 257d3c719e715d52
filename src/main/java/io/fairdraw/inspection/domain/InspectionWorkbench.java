package io.fairdraw.inspection.domain;

import io.fairdraw.inspection.InspectionWorkload;
import io.fairdraw.inspection.RecordStatus;
import io.fairdraw.organization.FairdrawUser;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;

/** The 工作台's view of the inspection module: the very rows of 我的检查任务 and 待审核 (issue 21 item 1). */
@Service
class InspectionWorkbench implements InspectionWorkload {

    private final RecordQueries queries;

    InspectionWorkbench(RecordQueries queries) {
        this.queries = queries;
    }

    @Override
    public Optional<String> inspectorOf(FairdrawUser user) {
        return queries.inspectorOf(user);
    }

    @Override
    public List<OpenVisit> openVisits(FairdrawUser user) {
        return queries.myVisits(user, null, null).stream().filter(r -> r.recordStatus() != RecordStatus.APPROVED)
                .map(r -> new OpenVisit(r.visitId(), r.taskName(), r.uscc(), r.entityName(), r.dueBy(),
                        r.recordStatus(), r.overdue()))
                .toList();
    }

    @Override
    public List<ToReview> toReview(FairdrawUser user) {
        return queries.reviewQueue(user).stream().map(r -> new ToReview(r.recordId(), r.visitId(), r.taskName(),
                r.uscc(), r.entityName(), r.publicationDue())).toList();
    }
}
