package io.fairdraw.draw.web;

import io.fairdraw.draw.domain.Draw;
import io.fairdraw.draw.domain.DrawService;
import io.fairdraw.draw.domain.PublishedDraws;
import io.fairdraw.organization.FairdrawUser;
import io.fairdraw.draw.domain.BeaconRequest;
import io.fairdraw.shared.UserError;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Draws over HTTP Basic: announce, execute (PLANNER of the lead unit) and the
 * auditor's downloads of roster.csv and conflicts.csv (DRAW-PROTOCOL.md §4).
 */
@RestController
class DrawApiController {

    /** FD-DRAW-1 §1 beacon declaration: {@code availableAt} is ISO-8601 with offset, e.g. 2026-04-02T21:15:00+08:00. */
    record DeclaredSource(String source, String event, String availableAt) {
    }

    record AnnounceRequest(List<DeclaredSource> beacon) {
    }

    record ExecuteRequest(String beacon) {
    }

    private final DrawService service;
    private final PublishedDraws published;

    DrawApiController(DrawService service, PublishedDraws published) {
        this.service = service;
        this.published = published;
    }

    @PostMapping("/api/v1/tasks/{taskId}/draws")
    ResponseEntity<Map<String, Object>> announce(@PathVariable long taskId,
                                                 @RequestBody(required = false) AnnounceRequest request,
                                                 @AuthenticationPrincipal FairdrawUser user) {
        List<BeaconRequest> beacon = new ArrayList<>();
        if (request != null && request.beacon() != null) {
            for (DeclaredSource d : request.beacon()) {
                beacon.add(d == null ? null : new BeaconRequest(d.source(), d.event(), instant(d.availableAt())));
            }
        }
        String drawId = service.announce(taskId, beacon, user);
        return ResponseEntity.status(HttpStatus.CREATED).body(links(drawId));
    }

    @PostMapping("/api/v1/draws/{drawId}/execute")
    Map<String, Object> execute(@PathVariable String drawId, @RequestBody ExecuteRequest request,
                                @AuthenticationPrincipal FairdrawUser user) {
        Draw executed = service.execute(drawId, request.beacon(), user);
        Map<String, Object> body = links(drawId);
        body.put("seed", executed.seed());
        body.put("executedAt", PublishedDraws.iso(executed.executedAt()));
        return body;
    }

    @GetMapping("/api/v1/draws/{drawId}/roster.csv")
    ResponseEntity<byte[]> roster(@PathVariable String drawId, @AuthenticationPrincipal FairdrawUser user) {
        return PublicDrawController.csv(published.roster(drawId, user)
                .orElseThrow(() -> PublicDrawController.notFound(drawId)));
    }

    @GetMapping("/api/v1/draws/{drawId}/conflicts.csv")
    ResponseEntity<byte[]> conflicts(@PathVariable String drawId, @AuthenticationPrincipal FairdrawUser user) {
        return PublicDrawController.csv(published.conflicts(drawId, user)
                .orElseThrow(() -> PublicDrawController.notFound(drawId)));
    }

    private static Instant instant(String iso) {
        try {
            return iso == null ? null : OffsetDateTime.parse(iso).toInstant();
        } catch (DateTimeParseException e) {
            throw new UserError("availableAt", "draw.beacon.available_at.invalid", iso);
        }
    }

    private static Map<String, Object> links(String drawId) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("drawId", drawId);
        body.put("record", "/public/draws/" + drawId + ".json");
        body.put("page", "/public/draws/" + drawId);
        return body;
    }
}
