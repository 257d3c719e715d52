package io.fairdraw.inspector.domain;

import io.fairdraw.draw.TeamNames;
import io.fairdraw.inspector.InspectorNames;
import java.util.Collection;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * The directory's names of drawn inspectors (issue 21 item 6); no personal data beyond the name.
 * The same one-query lookup as the pages' names ({@link InspectorNames}), not one read per inspector.
 */
@Component
class DirectoryTeamNames implements TeamNames {

    private final InspectorNames names;

    DirectoryTeamNames(InspectorNames names) {
        this.names = names;
    }

    @Override
    public Map<String, String> namesOf(Collection<String> inspectorIds) {
        return names.namesOf(inspectorIds).entrySet().stream().filter(e -> e.getValue().name() != null)
                .collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().name()));
    }
}
