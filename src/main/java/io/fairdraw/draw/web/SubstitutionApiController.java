package io.fairdraw.draw.web;

import io.fairdraw.draw.domain.SubstitutionEvent;
import io.fairdraw.draw.domain.SubstitutionRequest;
import io.fairdraw.draw.domain.SubstitutionService;
import io.fairdraw.organization.FairdrawUser;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Substitutions over HTTP Basic (issue 17 contracts): the PLANNER requests (202, nothing changes
 * yet), a REVIEWER of the unit approves or refuses (200); the requester gets 403.
 */
@RestController
class SubstitutionApiController {

    record Body(String uscc, String out, String reason, String text) {
    }

    private final SubstitutionService service;

    SubstitutionApiController(SubstitutionService service) {
        this.service = service;
    }

    @PostMapping("/api/v1/draws/{drawId}/substitutions")
    ResponseEntity<Map<String, Object>> request(@PathVariable String drawId, @RequestBody Body body,
                                                @AuthenticationPrincipal FairdrawUser user) {
        long id = service.request(drawId, body.uscc(), body.out(), body.reason(), body.text(), user);
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("requestId", id);
        json.put("drawId", drawId);
        json.put("page", "/public/draws/" + drawId);
        return ResponseEntity.status(HttpStatus.ACCEPTED).body(json);
    }

    @PostMapping("/api/v1/substitution-requests/{requestId}/approve")
    Map<String, Object> approve(@PathVariable("requestId") long id, @AuthenticationPrincipal FairdrawUser user) {
        SubstitutionEvent s = service.approve(id, user);
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("requestId", id);
        json.put("status", SubstitutionRequest.APPROVED);
        json.put("uscc", s.uscc());
        json.put("out", s.out());
        json.put("in", s.in());
        return json;
    }

    @PostMapping("/api/v1/substitution-requests/{requestId}/refuse")
    Map<String, Object> refuse(@PathVariable("requestId") long id, @AuthenticationPrincipal FairdrawUser user) {
        SubstitutionRequest r = service.refuse(id, user);
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("requestId", id);
        json.put("status", r.status());
        return json;
    }
}
