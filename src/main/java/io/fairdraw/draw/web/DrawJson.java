package io.fairdraw.draw.web;

import io.fairdraw.draw.domain.DeclaredBeacon;
import io.fairdraw.draw.domain.Draw;
import io.fairdraw.draw.domain.PublishedDraw;
import io.fairdraw.draw.domain.PublishedDraws;
import io.fairdraw.draw.protocol.SelectedEntity;
import io.fairdraw.draw.protocol.StratumOutcome;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The published record, field for field as DRAW-PROTOCOL.md §4 lists it, then Fairdraw's extra
 * fields (allowed: the record "returns at least" those). {@code secret}, {@code seed} and
 * {@code beacon} appear only after execution, successful (with the selection) or FAILED (with
 * {@code failure}).
 */
final class DrawJson {

    static final String PROTOCOL = "FD-DRAW-1";

    private DrawJson() {
    }

    static Map<String, Object> record(PublishedDraw draw, List<DeclaredBeacon> declaration) {
        Draw h = draw.draw();
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("protocol", PROTOCOL);
        json.put("drawId", h.drawId());
        json.put("taskId", h.taskRef());
        json.put("announcedAt", PublishedDraws.iso(h.announcedAt()));
        json.put("executedAt", PublishedDraws.iso(h.executedAt()));
        json.put("frameHash", h.frameHash());
        json.put("frameSize", h.frameSize());
        List<Map<String, Object>> strata = new ArrayList<>();
        for (StratumOutcome s : draw.strata()) {
            Map<String, Object> stratum = new LinkedHashMap<>();
            stratum.put("stratum", s.stratum());
            stratum.put("size", s.size());
            stratum.put("ratioBp", s.ratioBp());
            stratum.put("min", s.min());
            stratum.put("sample", s.sample());
            strata.add(stratum);
        }
        json.put("strata", strata);
        json.put("team", h.teamSize());
        json.put("capSlack", h.capSlack());
        json.put("crossOrg", h.crossOrg());
        json.put("paramsHash", h.paramsHash());
        json.put("rosterHash", h.rosterHash());
        json.put("rosterSize", h.rosterSize());
        json.put("conflictsHash", h.conflictsHash());
        json.put("commitment", h.commitment());
        json.put("beaconSource", h.beaconSource());
        // FD-DRAW-1 §1: each declared source with where anyone checks its value, the event and the moment.
        List<Map<String, Object>> declared = new ArrayList<>();
        for (DeclaredBeacon d : declaration) {
            Map<String, Object> source = new LinkedHashMap<>();
            source.put("code", d.sourceCode());
            source.put("name", d.sourceName());
            source.put("event", d.event());
            source.put("availableAt", PublishedDraws.iso(d.availableAt()));
            source.put("link", d.location());
            source.put("format", d.format());
            declared.add(source);
        }
        json.put("beaconDeclaration", declared);
        if (h.opened()) {
            json.put("beacon", h.beacon());
            json.put("secret", h.secret());
            json.put("seed", h.seed());
        }
        if (h.failed()) {
            // FD-DRAW-1 §2b: the entity whose team could not be staffed and the rule that ran out
            // (EligibilityRule id); anyone with the roster recomputes both (Verify.java, draw-verify.js).
            Map<String, Object> failure = new LinkedHashMap<>();
            failure.put("uscc", h.failureUscc());
            failure.put("rule", h.failureRule());
            json.put("failure", failure);
        }
        if (h.executed()) {
            List<Map<String, Object>> selected = new ArrayList<>(draw.selected().size());
            for (SelectedEntity e : draw.selected()) {
                Map<String, Object> entity = new LinkedHashMap<>();
                entity.put("uscc", e.uscc());
                entity.put("stratum", e.stratum());
                entity.put("ticket", e.ticket());
                entity.put("orgCode", e.orgCode());
                entity.put("inspectors", e.inspectors());
                selected.add(entity);
            }
            json.put("selected", selected);
            List<Map<String, Object>> substitutions = new ArrayList<>();
            draw.substitutions().forEach(s -> {
                Map<String, Object> substitution = new LinkedHashMap<>();
                substitution.put("uscc", s.uscc());
                substitution.put("out", s.out());
                substitution.put("in", s.in());
                substitution.put("reason", s.reason());
                substitution.put("at", PublishedDraws.iso(s.at()));
                substitutions.add(substitution);
            });
            json.put("substitutions", substitutions);
        }
        // Fairdraw extension (docs/draw-protocol-notes.md): the announced hash of orgs.csv.
        json.put("orgsHash", h.orgsHash());
        json.put("status", h.status().name());
        json.put("taskName", h.taskName());
        json.put("unitCode", h.unitCode());
        List<Map<String, Object>> items = new ArrayList<>();
        draw.items().forEach(i -> items.add(Map.of("code", i.code(), "name", i.name(), "legalBasis", i.legalBasis())));
        json.put("items", items);
        return json;
    }

    /** One line of draws.json (§4). */
    static Map<String, Object> summary(Draw h) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("drawId", h.drawId());
        json.put("taskId", h.taskRef());
        json.put("announcedAt", PublishedDraws.iso(h.announcedAt()));
        json.put("executedAt", PublishedDraws.iso(h.executedAt()));
        json.put("status", h.status().name());
        return json;
    }
}
