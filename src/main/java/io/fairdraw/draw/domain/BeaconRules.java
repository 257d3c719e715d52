package io.fairdraw.draw.domain;

import io.fairdraw.shared.ConflictError;
import io.fairdraw.shared.UserError;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/**
 * FD-DRAW-1 §1 beacon declaration, enforced: a declaration names known sources, events and moments
 * later than the announcement; an announcement is not voided once its first value may exist; a
 * beacon is accepted only after every declared moment and only as the declared sources' values, in
 * order, joined by {@code " | "}, each of its source's format.
 */
@Component
class BeaconRules {

    /** DRAW-PROTOCOL.md §1: "With several sources, beacon is their values in declared order, joined by " | "". */
    static final String SEPARATOR = " | ";
    static final int MAX_SOURCES = 5;

    private final BeaconRepository beacons;
    private final Clock clock;

    BeaconRules(BeaconRepository beacons, Clock clock) {
        this.beacons = beacons;
        this.clock = clock;
    }

    /** The declaration to announce, or 400 naming what is wrong; nothing is stored here. */
    List<DeclaredBeacon> declaration(List<BeaconRequest> requests) {
        if (requests == null || requests.isEmpty() || requests.size() > MAX_SOURCES) {
            throw new UserError("beacon", "draw.beacon.declaration.required", MAX_SOURCES);
        }
        Instant now = Instant.now(clock);
        List<DeclaredBeacon> declared = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (BeaconRequest r : requests) {
            String code = r == null || r.source() == null ? "" : r.source().strip();
            BeaconSource source = beacons.source(code)
                    .orElseThrow(() -> new UserError("source", "draw.beacon.source.unknown", code));
            String event = r.event() == null ? "" : r.event().strip();
            if (event.isEmpty() || event.length() > 100 || event.contains("\n") || event.contains("\r")
                    || event.contains(SEPARATOR) || !seen.add(code + "\n" + event)) {
                throw new UserError("event", "draw.beacon.event.invalid", source.name());
            }
            // §1: the value "must not be knowable at announcement time".
            if (r.availableAt() == null || !r.availableAt().isAfter(now)) {
                throw new UserError("availableAt", "draw.beacon.available_at.not_future", source.name(), event);
            }
            declared.add(new DeclaredBeacon(declared.size() + 1, source.code(), source.name(), source.location(),
                    source.format(), event, r.availableAt()));
        }
        return declared;
    }

    /** No announcement is voided (重新公告) once a declared value may exist: whoever knew the secret could re-roll. */
    void requireVoidable(String drawId) {
        Instant now = Instant.now(clock);
        for (DeclaredBeacon d : beacons.declaration(drawId)) {
            if (!now.isBefore(d.availableAt())) {
                throw new ConflictError("draw.void.too_late", drawId, d.sourceName(), d.event(),
                        PublishedDraws.iso(d.availableAt()));
            }
        }
    }

    /**
     * §1 at execution: 409 before the last declared moment, 400 for a value that is not the declared
     * sources' values in order, each matching its source's format. A draw announced before beacon
     * declarations existed has none and is checked as before (free text).
     */
    void requireValue(String drawId, String beacon) {
        List<DeclaredBeacon> declared = beacons.declaration(drawId);
        Instant now = Instant.now(clock);
        for (DeclaredBeacon d : declared) {
            if (now.isBefore(d.availableAt())) {
                throw new ConflictError("draw.beacon.too_early", d.sourceName(), d.event(),
                        PublishedDraws.iso(d.availableAt()));
            }
        }
        if (declared.isEmpty()) {
            return;
        }
        String[] values = beacon.split(Pattern.quote(SEPARATOR), -1);
        if (values.length != declared.size()) {
            throw new UserError("beacon", "draw.beacon.parts", declared.size(), SEPARATOR.strip());
        }
        for (int i = 0; i < values.length; i++) {
            DeclaredBeacon d = declared.get(i);
            if (!Pattern.matches(d.format(), values[i])) {
                throw new UserError("beacon", "draw.beacon.format", d.sourceName(), d.sourceCode(), d.format(), values[i]);
            }
        }
    }

    List<DeclaredBeacon> declared(String drawId) {
        return beacons.declaration(drawId);
    }

    void declare(String drawId, List<DeclaredBeacon> declared) {
        beacons.declare(drawId, declared);
    }

    /** The published {@code beaconSource} text: each declared source's code and event, in order. */
    static String summary(List<DeclaredBeacon> declared) {
        return String.join(SEPARATOR, declared.stream().map(d -> d.sourceCode() + " " + d.event()).toList());
    }
}
