package io.fairdraw.inspector.domain;

import io.fairdraw.audit.AuditEvent;
import io.fairdraw.audit.AuditLog;
import io.fairdraw.inspector.InspectorStatus;
import io.fairdraw.inspector.LeavePeriod;
import io.fairdraw.organization.FairdrawUser;
import io.fairdraw.organization.Organization;
import io.fairdraw.organization.OutOfScopeException;
import io.fairdraw.organization.Role;
import io.fairdraw.organization.Scopes;
import io.fairdraw.organization.UnitKind;
import io.fairdraw.shared.Actor;
import io.fairdraw.shared.InvalidCreditCodeException;
import io.fairdraw.shared.UnifiedSocialCreditCode;
import io.fairdraw.shared.UserError;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The directory for people: readers within their scope; the unit's LIAISON (三(三) 联络员)
 * maintains its inspectors, their leave and their declared conflicts. Every change is audited in
 * its own transaction.
 */
@Service
public class InspectorService {

    public record Page(List<InspectorDetails> rows, long total, int page, int size) {
        public int pages() {
            return (int) Math.max(1, (total + size - 1) / size);
        }
    }

    public record Conflict(long id, String uscc, String reason) {
    }

    private final InspectorRepository inspectors;
    private final Scopes scopes;
    private final Organization organization;
    private final AuditLog audit;
    private final InspectorOffices offices;

    InspectorService(InspectorRepository inspectors, Scopes scopes, Organization organization, AuditLog audit,
                     InspectorOffices offices) {
        this.inspectors = inspectors;
        this.scopes = scopes;
        this.organization = organization;
        this.audit = audit;
        this.offices = offices;
    }

    @Transactional(readOnly = true)
    public Page search(String text, String unit, InspectorStatus status, int page, int size) {
        var f = new InspectorRepository.Filter(text, unit, status, scopes.current().readableArrayOrNull());
        int p = Math.max(0, page);
        return new Page(inspectors.search(f, p * size, size), inspectors.count(f), p, size);
    }

    /** An inspector the current actor may read (404 otherwise). */
    @Transactional(readOnly = true)
    public InspectorDetails get(String id) {
        InspectorDetails d = inspectors.find(id).orElseThrow(() -> new OutOfScopeException(null, false));
        scopes.current().requireRead(d.inspector().unitCode());
        return d;
    }

    @Transactional(readOnly = true)
    public List<Conflict> conflicts(String id) {
        get(id);
        return inspectors.conflictsOf(id).stream().map(c -> new Conflict(c.id(), c.uscc(), c.reason())).toList();
    }

    /** The unit's LIAISON maintains its inspectors. */
    public boolean maintains(String unitCode) {
        return scopes.current().canWrite(unitCode) && hasRole(Role.LIAISON);
    }

    /** Phone and ID number in full: ADMIN, or the LIAISON of the inspector's own unit; everyone else sees them masked. */
    public boolean seesPersonalData(String unitCode) {
        return hasRole(Role.ADMIN) || maintains(unitCode);
    }

    /** The details as the current actor may see them (personal data masked unless {@link #seesPersonalData}). */
    public InspectorDetails forViewer(InspectorDetails d) {
        return seesPersonalData(d.inspector().unitCode()) ? d : new InspectorDetails(d.inspector(),
                PersonalData.maskPhone(d.phone()), PersonalData.maskIdNumber(d.idNumber()), d.sample());
    }

    @Transactional
    public void create(InspectorDraft draft) {
        requireMaintainer(draft.unitCode());
        check(draft, null);
        inspectors.insert(draft, false);
        audit.record(AuditEvent.of("INSPECTOR_CREATED", "inspector", draft.id(), summary(draft)));
    }

    /** Updates everything but the id and the unit (an inspector moving unit is re-entered by the new unit). */
    @Transactional
    public void update(String id, InspectorDraft draft) {
        InspectorDetails before = get(id);
        requireMaintainer(before.inspector().unitCode());
        InspectorDraft d = keepMasked(new InspectorDraft(id, draft.name(), before.inspector().unitCode(),
                draft.certificateNo(), draft.certificateExpiry(), draft.specialties(), draft.status(), draft.jointPool(),
                draft.phone(), draft.idNumber(), draft.officeCode()), before);
        check(d, id);
        inspectors.update(d);
        audit.record(AuditEvent.of("INSPECTOR_UPDATED", "inspector", id, diff(InspectorDraft.of(before), d)));
    }

    @Transactional
    public void addLeave(String id, LocalDate start, LocalDate end, String reason) {
        requireMaintainer(get(id).inspector().unitCode());
        if (start == null || end == null) {
            throw new UserError(start == null ? "start" : "end", "inspector.leave.dates_required");
        }
        if (end.isBefore(start)) {
            throw new UserError("end", "inspector.leave.end_before_start");
        }
        String why = reason == null ? "" : reason.strip();
        if (why.length() > 200) {
            throw new UserError("reason", "inspector.leave.reason_too_long");
        }
        inspectors.addLeave(id, new LeavePeriod(0, start, end, why));
        audit.record(AuditEvent.of("INSPECTOR_LEAVE_ADDED", "inspector", id, start + ".." + end + " " + why));
    }

    @Transactional
    public void deleteLeave(String id, long leaveId) {
        InspectorDetails d = get(id);
        requireMaintainer(d.inspector().unitCode());
        LeavePeriod l = d.inspector().leaves().stream().filter(x -> x.id() == leaveId).findFirst()
                .orElseThrow(() -> new UserError(null, "inspector.leave.not_found"));
        inspectors.deleteLeave(id, leaveId);
        audit.record(AuditEvent.of("INSPECTOR_LEAVE_DELETED", "inspector", id, l.start() + ".." + l.end() + " " + l.reason()));
    }

    /** 回避: this inspector is never drawn for this entity. The USCC is checked (GB 32100) and stored as text. */
    @Transactional
    public void addConflict(String id, String usccText, String reason) {
        requireMaintainer(get(id).inspector().unitCode());
        String uscc;
        try {
            uscc = UnifiedSocialCreditCode.of(usccText).value();
        } catch (InvalidCreditCodeException e) {
            throw new UserError("uscc", e.messageKey(), e.position().orElse(0));
        }
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty() || why.length() > 200) {
            throw new UserError("reason", "inspector.conflict.reason_required");
        }
        if (inspectors.conflictExists(id, uscc)) {
            throw new UserError("uscc", "inspector.conflict.exists", uscc);
        }
        inspectors.addConflict(id, uscc, why);
        audit.record(AuditEvent.of("INSPECTOR_CONFLICT_DECLARED", "inspector", id, uscc + ": " + why));
    }

    @Transactional
    public void deleteConflict(String id, long conflictId) {
        requireMaintainer(get(id).inspector().unitCode());
        var c = inspectors.deleteConflict(id, conflictId)
                .orElseThrow(() -> new UserError(null, "inspector.conflict.not_found"));
        audit.record(AuditEvent.of("INSPECTOR_CONFLICT_WITHDRAWN", "inspector", id, c.uscc() + ": " + c.reason()));
    }

    /** Seeds without an actor (demo data). */
    @Transactional
    public void seed(InspectorDraft d, List<LeavePeriod> leaves, List<String[]> conflicts) {
        inspectors.insert(d, true);
        leaves.forEach(l -> inspectors.addLeave(d.id(), l));
        conflicts.forEach(c -> inspectors.addConflict(d.id(), c[0], c[1]));
        audit.record(AuditEvent.of("INSPECTOR_CREATED", "inspector", d.id(), "sample data").by("system", d.unitCode()));
    }

    long count() {
        return inspectors.countAll();
    }

    /** Field rules plus those that need the database; {@code existingId} is null for a new inspector. */
    void check(InspectorDraft d, String existingId) {
        List<UserError> problems = problems(d, existingId, inspectors.jointPoolOf(d.unitCode()));
        if (!problems.isEmpty()) {
            throw new InspectorInvalid(problems);
        }
    }

    /** Every problem of the draft, given who currently holds the unit's joint-pool place. */
    List<UserError> problems(InspectorDraft d, String existingId, java.util.Optional<String> jointPoolHolder) {
        List<UserError> problems = new ArrayList<>(d.problems());
        if (existingId == null && problems.stream().noneMatch(p -> "id".equals(p.field()))
                && inspectors.find(d.id()).isPresent()) {
            problems.add(new UserError("id", "inspector.id.taken", d.id()));
        }
        var unit = organization.unit(d.unitCode());
        if (!d.unitCode().isEmpty() && unit.isEmpty()) {
            problems.add(new UserError("unitCode", "inspector.unit.unknown", d.unitCode()));
        }
        offices.problem(d, existingId == null ? null : inspectors.find(existingId).orElse(null)).ifPresent(problems::add);
        if (d.jointPool()) {
            // 三(三): 兵团自然资源局各业务处室分别抽选一名执法检查人员 — departments only, one each.
            if (unit.isPresent() && unit.get().kind().isOutside()) {
                // Issue 20 item 1: a 协作部门's inspectors are drawn only in the joint tasks it confirmed.
                problems.add(new UserError("jointPool", "inspector.joint_pool.partner_department"));
            } else if (unit.isPresent() && unit.get().kind() != UnitKind.DEPARTMENT) {
                problems.add(new UserError("jointPool", "inspector.joint_pool.not_department"));
            } else {
                jointPoolHolder.filter(other -> !other.equals(d.id())).ifPresent(other ->
                        problems.add(new UserError("jointPool", "inspector.joint_pool.taken", other)));
            }
        }
        return problems;
    }

    /** A masked value sent back unchanged (e.g. an exported list re-imported) keeps the stored value. */
    static InspectorDraft keepMasked(InspectorDraft d, InspectorDetails before) {
        String phone = PersonalData.isMasked(d.phone()) && before != null
                && d.phone().equals(PersonalData.maskPhone(before.phone())) ? before.phone() : d.phone();
        String idNo = PersonalData.isMasked(d.idNumber()) && before != null
                && d.idNumber().equals(PersonalData.maskIdNumber(before.idNumber())) ? before.idNumber() : d.idNumber();
        // No sub-office given (an import row, an older API client): the stored one stays.
        String office = d.officeCode() == null && before != null
                ? Objects.requireNonNullElse(before.inspector().officeCode(), "") : d.officeCode();
        return new InspectorDraft(d.id(), d.name(), d.unitCode(), d.certificateNo(), d.certificateExpiry(),
                d.specialties(), d.status(), d.jointPool(), phone, idNo, office);
    }

    /** Refuses (403, or 404 outside the caller's scope) unless the current actor maintains the unit's inspectors. */
    public void requireMaintainer(String unitCode) {
        scopes.current().requireWrite(unitCode);
        if (!maintains(unitCode)) {
            throw new OutOfScopeException(unitCode, true);
        }
    }

    static String summary(InspectorDraft d) {
        return d.name() + "; unit " + d.unitCode() + "; cert " + d.certificateNo() + " until " + d.certificateExpiry()
                + "; " + d.status() + (d.jointPool() ? "; joint pool" : "")
                + (d.storedOffice() == null ? "" : "; office " + d.storedOffice());
    }

    /** Before/after of the changed fields; personal data is only said to have changed, never written out. */
    static String diff(InspectorDraft a, InspectorDraft b) {
        List<String> parts = new ArrayList<>();
        field(parts, "name", a.name(), b.name());
        field(parts, "cert", a.certificateNo(), b.certificateNo());
        field(parts, "expiry", a.certificateExpiry(), b.certificateExpiry());
        field(parts, "specialties", a.specialties(), b.specialties());
        field(parts, "status", a.status(), b.status());
        field(parts, "jointPool", a.jointPool(), b.jointPool());
        field(parts, "office", a.storedOffice(), b.storedOffice());
        if (!a.phone().equals(b.phone())) {
            parts.add("phone changed");
        }
        if (!a.idNumber().equals(b.idNumber())) {
            parts.add("id number changed");
        }
        return parts.isEmpty() ? "no change" : String.join("; ", parts);
    }

    private static void field(List<String> parts, String name, Object before, Object after) {
        if (!Objects.equals(before, after)) {
            parts.add(name + ": " + before + " -> " + after);
        }
    }

    private static boolean hasRole(Role role) {
        return Actor.current().filter(a -> a instanceof FairdrawUser u && u.has(role)).isPresent();
    }
}
