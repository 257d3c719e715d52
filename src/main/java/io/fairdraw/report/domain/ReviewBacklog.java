package io.fairdraw.report.domain;

import io.fairdraw.inspection.ReviewDeadlines;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Issue 19 item 5: overdue flags count from submission (检查完成). A result whose record still waits for review is
 * not yet public either, so the statistics count it as 待公示, and as 逾期未公示 once the due date the inspection
 * module fixed at submission has passed — approving late does not hide a missed deadline.
 */
@Component
class ReviewBacklog {

    private final ReviewDeadlines reviews;

    ReviewBacklog(ReviewDeadlines reviews) {
        this.reviews = reviews;
    }

    /** The approved results' counts of the year plus, per unit, the records of that year's tasks awaiting review. */
    List<FactRepository.PublicationCount> withAwaitingReview(int year, Set<String> units, LocalDate today,
                                                             List<FactRepository.PublicationCount> approved) {
        Map<String, long[]> waiting = new HashMap<>();
        for (ReviewDeadlines.AwaitingReview r : reviews.awaitingReview()) {
            if (r.year() == year && units.contains(r.unitCode())) {
                long[] c = waiting.computeIfAbsent(r.unitCode(), u -> new long[2]);
                c[0]++;
                if (r.publicationDue().isBefore(today)) {
                    c[1]++;
                }
            }
        }
        List<FactRepository.PublicationCount> out = new ArrayList<>();
        for (FactRepository.PublicationCount p : approved) {
            long[] c = waiting.remove(p.unitCode());
            out.add(c == null ? p : new FactRepository.PublicationCount(p.unitCode(), p.approved(), p.published(),
                    p.onTime(), p.pending() + c[0], p.overdue() + c[1]));
        }
        waiting.forEach((u, c) -> out.add(new FactRepository.PublicationCount(u, 0, 0, 0, c[0], c[1])));
        return out;
    }
}
