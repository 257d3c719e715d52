package io.fairdraw.inspector.domain;

import io.fairdraw.draw.TeamNames;
import io.fairdraw.inspector.Inspector;
import io.fairdraw.inspector.InspectorDirectory;
import io.fairdraw.inspector.InspectorId;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Component;

/** The directory's names of drawn inspectors (issue 21 item 6); no personal data beyond the name. */
@Component
class DirectoryTeamNames implements TeamNames {

    private final InspectorDirectory directory;

    DirectoryTeamNames(InspectorDirectory directory) {
        this.directory = directory;
    }

    @Override
    public Map<String, String> namesOf(Collection<String> inspectorIds) {
        Map<String, String> names = new LinkedHashMap<>();
        for (String id : inspectorIds) {
            if (InspectorId.isValid(id) && !names.containsKey(id)) {
                directory.find(InspectorId.of(id)).map(Inspector::name).ifPresent(n -> names.put(id, n));
            }
        }
        return names;
    }
}
