package io.fairdraw.draw.web;

import io.fairdraw.draw.TeamNames;
import io.fairdraw.draw.domain.DrawService;
import io.fairdraw.draw.domain.PublishedDraw;
import io.fairdraw.draw.domain.PublishedDraws;
import io.fairdraw.draw.protocol.SelectedEntity;
import io.fairdraw.plan.TaskView;
import io.fairdraw.registry.EntityNames;
import io.fairdraw.shared.BusinessClock;
import io.fairdraw.shared.PublicLinks;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * 抽取结果 as staff print and export it (issue 21 item 6): each drawn entity by name and USCC with
 * its current team (after substitutions) by name and directory id, and the absolute link of the
 * draw's public verification page. Staff only: before a result is published the public draw page
 * shows ids, so nobody outside is told in advance who will come (issue 21 item 2).
 */
@Component
class DrawnList {

    /** One drawn inspector: the directory id and, when the directory knows it, the name. */
    record Member(String id, String name) {
    }

    record Row(int number, String uscc, String name, List<Member> team) {
    }

    record View(PublishedDraw draw, TaskView task, LocalDateTime executedAt, String publicUrl, List<Row> rows) {
    }

    private final PublishedDraws published;
    private final DrawService service;
    private final EntityNames entityNames;
    private final ObjectProvider<TeamNames> names;
    private final PublicLinks links;

    DrawnList(PublishedDraws published, DrawService service, EntityNames entityNames, ObjectProvider<TeamNames> names,
              PublicLinks links) {
        this.published = published;
        this.service = service;
        this.entityNames = entityNames;
        this.names = names;
        this.links = links;
    }

    /**
     * The list of a draw the caller may read: DESIGN.md §2 the same scope as the task's draw page
     * ({@link DrawService#forTask} refuses 404 otherwise), checked before anything is read.
     */
    View of(String drawId) {
        PublishedDraw draw = published.find(drawId).orElseThrow(() -> PublicDrawController.notFound(drawId));
        service.forTask(draw.draw().taskId());
        TaskView task = service.task(draw.draw().taskId()).orElseThrow(() -> PublicDrawController.notFound(drawId));
        Map<String, List<String>> teams = Teams.current(draw);
        TeamNames source = names.getIfAvailable();
        Map<String, String> named = source == null ? Map.of()
                : source.namesOf(teams.values().stream().flatMap(List::stream).distinct().toList());
        // The draw holds a legitimate reference to each entity (it drew it): name it whatever the unit,
        // in one query for the whole list.
        Map<String, String> entities = entityNames.namesOf(draw.selected().stream().map(SelectedEntity::uscc).toList());
        List<Row> rows = new ArrayList<>();
        int n = 0;
        for (SelectedEntity e : draw.selected()) {
            String name = entities.getOrDefault(e.uscc(), "");
            List<Member> team = teams.getOrDefault(e.uscc(), List.of()).stream()
                    .map(id -> new Member(id, named.getOrDefault(id, ""))).toList();
            rows.add(new Row(++n, e.uscc(), name, team));
        }
        var at = draw.draw().executedAt();
        return new View(draw, task, at == null ? null : LocalDateTime.ofInstant(at, BusinessClock.ZONE),
                links.draw(drawId), rows);
    }
}
