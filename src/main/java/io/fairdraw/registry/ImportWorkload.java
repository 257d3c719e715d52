package io.fairdraw.registry;

import java.time.Instant;
import java.util.List;

/** Recent imports of a unit that rejected rows or failed, for the LIAISON's 工作台 (issue 21 item 1). */
public interface ImportWorkload {

    /** {@code status}: RUNNING, DONE or FAILED; {@code rejected}: rows not imported for errors. */
    record ImportProblem(long importId, String fileName, Instant createdAt, String status, int rejected) {
    }

    /** The unit's imports since {@code since} with rejected rows or FAILED, newest first. */
    List<ImportProblem> problems(String unitCode, Instant since);
}
