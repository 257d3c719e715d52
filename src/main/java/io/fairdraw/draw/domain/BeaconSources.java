package io.fairdraw.draw.domain;

import io.fairdraw.audit.AuditEvent;
import io.fairdraw.audit.AuditLog;
import io.fairdraw.organization.FairdrawUser;
import io.fairdraw.organization.Role;
import io.fairdraw.shared.UserError;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * ADMIN's list of beacon sources (issue 17 item 3). Editing a source never changes a declaration
 * already announced: each announcement keeps its own copy.
 */
@Service
public class BeaconSources {

    private static final Pattern CODE = Pattern.compile("[A-Z0-9_-]{1,20}");

    private final BeaconRepository beacons;
    private final AuditLog audit;
    private final Clock clock;

    BeaconSources(BeaconRepository beacons, AuditLog audit, Clock clock) {
        this.beacons = beacons;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<BeaconSource> list() {
        return beacons.sources();
    }

    @Transactional(readOnly = true)
    public Optional<BeaconSource> find(String code) {
        return code == null ? Optional.empty() : beacons.source(code.strip());
    }

    /** Creates or updates the source {@code code}; 400 with the field for a bad value. */
    @Transactional
    public BeaconSource save(String code, String name, String location, String format, FairdrawUser by) {
        if (by == null || !by.has(Role.ADMIN)) {
            throw new AccessDeniedException("ADMIN only");
        }
        String c = code == null ? "" : code.strip();
        if (!CODE.matcher(c).matches()) {
            throw new UserError("code", "beacon.source.code.invalid");
        }
        String n = oneLine(name, 100, "name");
        String l = oneLine(location, 500, "location");
        String f = oneLine(format, 200, "format");
        try {
            Pattern.compile(f);
        } catch (PatternSyntaxException e) {
            throw new UserError("format", "beacon.source.format.invalid", e.getDescription());
        }
        BeaconSource source = new BeaconSource(c, n, l, f, Instant.now(clock).truncatedTo(ChronoUnit.SECONDS),
                by.username());
        boolean created = beacons.save(source);
        audit.record(AuditEvent.of(created ? "BEACON_SOURCE_CREATED" : "BEACON_SOURCE_UPDATED", "beacon_source", c,
                n + "; " + l + "; format " + f));
        return source;
    }

    private static String oneLine(String value, int max, String field) {
        String v = value == null ? "" : value.strip();
        if (v.isEmpty() || v.length() > max || v.contains("\n") || v.contains("\r")) {
            throw new UserError(field, "beacon.source." + field + ".invalid", max);
        }
        return v;
    }
}
