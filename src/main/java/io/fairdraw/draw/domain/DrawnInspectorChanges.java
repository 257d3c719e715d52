package io.fairdraw.draw.domain;

import io.fairdraw.draw.DirectoryChanges;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Issue 17 item 7: what the directory recorded about a draw's inspectors (teams as drawn and every
 * substitute) after its execution, oldest first, for the public draw page.
 */
@Service
public class DrawnInspectorChanges {

    private final ObjectProvider<DirectoryChanges> sources;

    DrawnInspectorChanges(ObjectProvider<DirectoryChanges> sources) {
        this.sources = sources;
    }

    @Transactional(readOnly = true)
    public List<DirectoryChanges.Change> of(PublishedDraw draw) {
        if (!draw.draw().executed()) {
            return List.of();
        }
        Set<String> drawn = new TreeSet<>();
        draw.selected().forEach(e -> drawn.addAll(e.inspectors()));
        draw.substitutions().forEach(s -> drawn.add(s.in()));
        return sources.orderedStream().flatMap(s -> s.since(drawn, draw.draw().executedAt()).stream())
                .sorted(Comparator.comparing(DirectoryChanges.Change::at).thenComparing(DirectoryChanges.Change::inspectorId))
                .toList();
    }
}
