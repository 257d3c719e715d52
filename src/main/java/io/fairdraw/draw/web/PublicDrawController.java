package io.fairdraw.draw.web;

import io.fairdraw.draw.domain.DrawnInspectorChanges;
import io.fairdraw.draw.domain.PublishedDraw;
import io.fairdraw.draw.domain.PublishedDraws;
import io.fairdraw.draw.domain.StaffingOverrides;
import io.fairdraw.draw.domain.SubstitutionService;
import java.util.Map;
import io.fairdraw.organization.OutOfScopeException;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import tools.jackson.databind.json.JsonMapper;

/**
 * The public contract of DRAW-PROTOCOL.md §4 and the public draw pages: no login (一公开). The
 * record, frame.csv and orgs.csv are all a citizen needs to re-run the draw.
 */
@Controller
class PublicDrawController {

    static final String PAGE = "draw/public-draw";
    static final String LIST = "draw/public-draws";
    static final MediaType CSV = MediaType.parseMediaType("text/csv; charset=utf-8");

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final PublishedDraws draws;
    private final SubstitutionService substitutions;
    private final StaffingOverrides overrides;
    private final DrawnInspectorChanges changes;
    private final DrawPageNotes notes;

    PublicDrawController(PublishedDraws draws, SubstitutionService substitutions, StaffingOverrides overrides,
                         DrawnInspectorChanges changes, DrawPageNotes notes) {
        this.notes = notes;
        this.draws = draws;
        this.substitutions = substitutions;
        this.overrides = overrides;
        this.changes = changes;
    }

    /** JSON whatever the Accept header says: the files are the contract, also for curl and browsers. */
    @GetMapping("/public/draws.json")
    ResponseEntity<byte[]> list() {
        return json(draws.recent().stream().map(DrawJson::summary).toList());
    }

    @GetMapping("/public/draws/{drawId}.json")
    ResponseEntity<byte[]> record(@PathVariable String drawId) {
        PublishedDraw draw = find(drawId);
        Map<String, Object> record = DrawJson.record(draw, draws.declaration(drawId));
        record.put("substitutionRequests", SubstitutionJson.requests(substitutions.requests(drawId)));
        record.put("staffingOverride", overrides.forDraw(drawId).map(SubstitutionJson::override).orElse(null));
        record.put("directoryChanges", SubstitutionJson.changes(changes.of(draw)));
        return json(record);
    }

    @GetMapping("/public/draws/{drawId}/frame.csv")
    ResponseEntity<byte[]> frame(@PathVariable String drawId) {
        return csv(draws.frame(drawId).orElseThrow(() -> notFound(drawId)));
    }

    @GetMapping("/public/draws/{drawId}/orgs.csv")
    ResponseEntity<byte[]> orgs(@PathVariable String drawId) {
        return csv(draws.orgs(drawId).orElseThrow(() -> notFound(drawId)));
    }

    @GetMapping("/public/draws")
    String listPage(Model model) {
        model.addAttribute("draws", draws.recent());
        return LIST;
    }

    @GetMapping("/public/draws/{drawId}")
    String page(@PathVariable String drawId, Model model) {
        PublishedDraw draw = find(drawId);
        model.addAttribute("draw", draw);
        model.addAttribute("h", draw.draw());
        model.addAttribute("teams", Teams.current(draw));
        model.addAttribute("requests", substitutions.requests(drawId));
        model.addAttribute("staffingOverride", overrides.forDraw(drawId).orElse(null));
        model.addAttribute("directoryChanges", changes.of(draw));
        model.addAttribute("beacons", draws.declaration(drawId));
        notes.addTo(model, draw.draw().taskId(), drawId);
        return PAGE;
    }

    private PublishedDraw find(String drawId) {
        return draws.find(drawId).orElseThrow(() -> notFound(drawId));
    }

    private static ResponseEntity<byte[]> json(Object body) {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(JSON.writeValueAsBytes(body));
    }

    static ResponseEntity<byte[]> csv(byte[] body) {
        return ResponseEntity.ok().contentType(CSV).body(body);
    }

    static OutOfScopeException notFound(String drawId) {
        return new OutOfScopeException("draw:" + drawId, false);
    }
}
