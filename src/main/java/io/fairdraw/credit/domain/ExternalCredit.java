package io.fairdraw.credit.domain;

import io.fairdraw.audit.AuditEvent;
import io.fairdraw.audit.AuditLog;
import io.fairdraw.credit.CreditEvents;
import io.fairdraw.registry.EntityView;
import io.fairdraw.registry.Registry;
import io.fairdraw.registry.RiskClass;
import io.fairdraw.registry.RiskClassification;
import io.fairdraw.shared.BusinessClock;
import io.fairdraw.shared.ConflictError;
import io.fairdraw.shared.InvalidCreditCodeException;
import io.fairdraw.shared.UnifiedSocialCreditCode;
import io.fairdraw.shared.UserError;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 外部信用 (issue 20 item 3): credit class changes from the 国家企业信用信息公示系统, 税务, 市场监管 …
 * feed the entity's risk class. How they combine with the internal credit rules (DESIGN.md §1:
 * 失信者一处违规、处处受限; national practice: classes A–D with their own ratios, 差异化监管):
 * <b>the stricter class wins</b>. Each source's latest effective change gives a class; the highest
 * of them is the entity's external floor. A change that puts the floor above the current class
 * raises the class to it (registry history source 外部信用); the internal rules only ever raise it
 * further, and the internal CLEAN rule (信用修复) never lowers it below the floor. A source lowering
 * its own class lowers the floor but not, by itself, the class: the class may stand for an internal
 * record, which only the CLEAN rule may forgive.
 */
@Service
public class ExternalCredit {

    /** What a received change did. */
    public enum Outcome { RAISED, UNCHANGED, PENDING, DUPLICATE }

    public record Received(long id, Outcome outcome, RiskClass riskClass) {
    }

    static final int MAX_CHANGE_ID = 100;
    static final int MAX_REASON = 500;
    static final int MAX_REFERENCE = 200;

    private final ExternalCreditRepository repo;
    private final CreditRepository credit;
    private final Registry registry;
    private final RiskClassification classification;
    private final AuditLog audit;
    private final MessageSource messages;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    ExternalCredit(ExternalCreditRepository repo, CreditRepository credit, Registry registry,
                   RiskClassification classification, AuditLog audit, MessageSource messages, Clock clock,
                   ApplicationEventPublisher events) {
        this.repo = repo;
        this.credit = credit;
        this.registry = registry;
        this.classification = classification;
        this.audit = audit;
        this.messages = messages;
        this.clock = clock;
        this.events = events;
    }

    /**
     * Stores and, when effective, applies one change. The same change id of the same source again
     * with the same content is a {@link Outcome#DUPLICATE} (nothing happens); with other content it
     * is a conflict (409) naming the change id. Field errors name the JSON field.
     */
    @Transactional
    public Received receive(String source, String changeId, String uscc, String riskClass, String effectiveOn,
                            String reason, String reference, String channel, String by) {
        String id = required("changeId", changeId, MAX_CHANGE_ID);
        String code = entity(uscc);
        RiskClass cls = riskClass(riskClass);
        LocalDate effective = date(effectiveOn);
        String why = required("reason", reason, MAX_REASON);
        String ref = reference == null || reference.isBlank() ? null : reference.strip();
        if (ref != null && ref.length() > MAX_REFERENCE) {
            throw new UserError("reference", "credit.external.too_long.reference", MAX_REFERENCE);
        }
        Optional<Long> inserted = repo.insert(source, id, code, cls, effective, why, ref, channel, by);
        if (inserted.isEmpty()) {
            ExternalChange existing = repo.find(source, id).orElseThrow();
            if (!existing.sameAs(code, cls, effective, why, ref)) {
                throw new ConflictError("credit.external.conflict", id, existing.receivedAt().toString());
            }
            return new Received(existing.id(), Outcome.DUPLICATE, registry.lookup(code).map(EntityView::riskClass).orElse(null));
        }
        long newId = inserted.get();
        audit.record(AuditEvent.of("CREDIT_EXTERNAL_RECEIVED", "credit_external_change", String.valueOf(newId),
                source + " " + id + " " + code + " -> " + cls + " effective " + effective + " via " + channel
                        + (ref == null ? "" : " ref " + ref)).by(by, null));
        if (effective.isAfter(BusinessClock.today(clock))) {
            return new Received(newId, Outcome.PENDING, registry.lookup(code).map(EntityView::riskClass).orElse(null));
        }
        boolean raised = apply(newId, by);
        return new Received(newId, raised ? Outcome.RAISED : Outcome.UNCHANGED,
                registry.lookup(code).map(EntityView::riskClass).orElse(null));
    }

    /** Daily, once across nodes: changes announced ahead of their effective date take effect. */
    @org.springframework.scheduling.annotation.Scheduled(cron = "${fairdraw.credit.external-cron:0 20 2 * * *}",
            zone = BusinessClock.ZONE_ID)
    @net.javacrumbs.shedlock.spring.annotation.SchedulerLock(name = "credit.external", lockAtMostFor = "PT30M")
    @Transactional
    public void daily() {
        applyDue();
    }

    /** Applies the changes whose effective date has come; returns how many raised a class. */
    @Transactional
    public int applyDue() {
        int raised = 0;
        for (long id : repo.due(BusinessClock.today(clock))) {
            if (apply(id, "system")) {
                raised++;
            }
        }
        return raised;
    }

    /** The external floor of the entity's class (empty: no source has classed it); the CLEAN rule respects it. */
    @Transactional(readOnly = true)
    public Optional<RiskClass> floor(String uscc) {
        return repo.floor(uscc);
    }

    private boolean apply(long id, String by) {
        repo.markApplied(id);
        ExternalChange c = repo.find(id).orElseThrow();
        RiskClass floor = repo.floor(c.uscc()).orElse(null);
        RiskClass current = registry.lookup(c.uscc()).map(EntityView::riskClass).orElse(null);
        if (floor == null || (current != null && current.compareTo(floor) >= 0)) {
            return false;
        }
        String reason = messages.getMessage("credit.external.change.reason", new Object[] {c.sourceName(),
                c.effectiveOn().toString(), c.reference() == null ? c.changeId() : c.reference()},
                Locale.SIMPLIFIED_CHINESE);
        if (!classification.reclassifyExternal(c.uscc(), floor, reason)) {
            return false;
        }
        credit.insertExternalChange(c.uscc(), current, floor, id);
        // issue 20 item 2: an external class change is a credit change too, reported through the outbox.
        events.publishEvent(new CreditEvents.ClassChanged(c.uscc(), current == null ? null : current.name(),
                floor.name(), "EXTERNAL:" + c.sourceCode(), null, BusinessClock.today(clock)));
        audit.record(AuditEvent.of("CREDIT_EXTERNAL_CLASS_CHANGED", "registry_entity", c.uscc(),
                (current == null ? "-" : current.name()) + " -> " + floor.name() + " external change " + id + " ("
                        + c.sourceCode() + " " + c.changeId() + ")").by(by, null));
        return true;
    }

    private static String required(String field, String value, int max) {
        if (value == null || value.isBlank()) {
            throw new UserError(field, "credit.external.required." + field);
        }
        String v = value.strip();
        if (v.length() > max) {
            throw new UserError(field, "credit.external.too_long." + field, max);
        }
        return v;
    }

    /** The USCC, valid and in the registry; the error names the code as sent. */
    private String entity(String uscc) {
        String text = required("uscc", uscc, 40);
        String code;
        try {
            code = UnifiedSocialCreditCode.of(text).value();
        } catch (InvalidCreditCodeException e) {
            throw new UserError("uscc", "credit.external.uscc.invalid", text);
        }
        if (registry.lookup(code).isEmpty()) {
            throw new UserError("uscc", "credit.external.uscc.unknown", code);
        }
        return code;
    }

    private static RiskClass riskClass(String value) {
        String v = value == null ? "" : value.strip().toUpperCase(Locale.ROOT);
        try {
            return RiskClass.valueOf(v);
        } catch (IllegalArgumentException e) {
            throw new UserError("riskClass", "credit.external.class.invalid", value == null ? "" : value);
        }
    }

    private static LocalDate date(String value) {
        String v = required("effectiveOn", value, 10);
        try {
            return LocalDate.parse(v);
        } catch (java.time.format.DateTimeParseException e) {
            throw new UserError("effectiveOn", "credit.external.date.invalid", v);
        }
    }

    List<ExternalChange> recent(int limit) {
        return repo.recent(limit);
    }
}
