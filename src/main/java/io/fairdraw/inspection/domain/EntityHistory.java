package io.fairdraw.inspection.domain;

import io.fairdraw.inspection.RecordStatus;
import io.fairdraw.inspection.ResultCategory;
import io.fairdraw.organization.FairdrawUser;
import io.fairdraw.organization.OutOfScopeException;
import io.fairdraw.registry.Registry;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * 检查记录 of one market entity, newest first, for the staff entity page (issue 21 item 6): every
 * visit the viewer may open (DESIGN.md §2: the task unit, the bureau reading it, a joint partner,
 * or the team), with its task, dates, status and approved results. Visits of tasks outside the
 * viewer's scope are left out, not shown masked: the entity page names no task it cannot link.
 */
@Service
public class EntityHistory {

    /**
     * One visit of the entity. {@code status} null: nothing recorded yet (待检查); {@code results}:
     * the categories of the newest approved record (a correction replaces what it corrects).
     */
    public record Entry(long visitId, String drawId, String taskCode, String taskName, int year,
                        LocalDate dueBy, LocalDate inspectionDate, RecordStatus status, LocalDate approvedOn,
                        List<ResultCategory> results) {

        public String statusKey() {
            return status == null ? "inspection.record.status.PLANNED" : status.messageKey();
        }
    }

    private final Registry registry;
    private final RecordQueries queries;
    private final JdbcClient jdbc;

    EntityHistory(Registry registry, RecordQueries queries, JdbcClient jdbc) {
        this.registry = registry;
        this.queries = queries;
        this.jdbc = jdbc;
    }

    /** 404 when the viewer may not read the entity itself (its existence is not revealed). */
    public List<Entry> of(String uscc, FairdrawUser user) {
        registry.find(uscc).orElseThrow(() -> new OutOfScopeException("registry_entity:" + uscc, false));
        // A visit merged into another (并入联合检查, issue 19 item 2) is recorded on that one: listed once.
        List<Long> ids = jdbc.sql("SELECT id FROM inspection_visit WHERE uscc = ? AND merged_into IS NULL "
                        + "ORDER BY created_at DESC, id DESC")
                .param(uscc).query(Long.class).list();
        List<Entry> out = new ArrayList<>();
        for (long id : ids) {
            VisitView v;
            try {
                // The visit page's own rule decides, so every entry listed is one its link opens.
                v = queries.visit(id, user);
            } catch (OutOfScopeException e) {
                continue;
            }
            out.add(entry(v));
        }
        return out;
    }

    private static Entry entry(VisitView v) {
        InspectionRecord approved = v.approved();
        InspectionRecord shown = approved != null ? approved : v.open();
        Set<ResultCategory> results = new LinkedHashSet<>();
        if (approved != null) {
            for (RecordItem item : approved.items()) {
                ResultCategory c = approved.effectiveCategory(item);
                if (c != null) {
                    results.add(c);
                }
            }
            if (approved.entityCategory() != null) {
                results.add(approved.entityCategory());
            }
        }
        var t = v.task();
        return new Entry(v.visit().id(), v.visit().drawId(), t == null ? "" : t.code(), t == null ? "" : t.name(),
                t == null ? 0 : t.year(), v.dueBy(), shown == null ? null : shown.inspectionDate(),
                shown == null ? null : shown.status(), approved == null ? null : approved.approvedOn(),
                List.copyOf(results));
    }
}
