package io.fairdraw.inspector.domain;

import io.fairdraw.draw.SubstitutionGrounds;
import io.fairdraw.inspector.InspectorDirectory;
import io.fairdraw.inspector.InspectorId;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The directory's facts behind a substitution reason (issue 17 item 6): 请假 needs a leave entry
 * recorded before the request, 回避 a declared avoidance pair.
 */
@Component
class DirectorySubstitutionGrounds implements SubstitutionGrounds {

    private final InspectorDirectory directory;

    DirectorySubstitutionGrounds(InspectorDirectory directory) {
        this.directory = directory;
    }

    @Override
    public boolean leaveRecorded(String inspectorId, LocalDate from, Instant recordedBefore) {
        return directory.leaveRecorded(InspectorId.of(inspectorId), from, recordedBefore);
    }

    @Override
    public boolean conflictDeclared(String inspectorId, String uscc) {
        return directory.conflicts(List.of(InspectorId.of(inspectorId))).stream()
                .anyMatch(c -> c.uscc().equals(uscc));
    }
}
