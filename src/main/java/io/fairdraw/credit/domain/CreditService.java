package io.fairdraw.credit.domain;

import io.fairdraw.audit.AuditEvent;
import io.fairdraw.audit.AuditLog;
import io.fairdraw.credit.CreditEvents;
import io.fairdraw.inspection.InspectionEvents;
import io.fairdraw.registry.EntityView;
import io.fairdraw.registry.Registry;
import io.fairdraw.registry.RiskClass;
import io.fairdraw.registry.RiskClassification;
import io.fairdraw.shared.BusinessClock;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 失信者一处违规、处处受限: every approved violation becomes a credit record of the entity, and
 * the risk-class rules (data, table {@code credit_rule}) move its class in the registry, which
 * every unit's next frame reads. Runs inside the approving transaction (plain listener), so an
 * approval, its credit records and the class change commit together. Every class change is logged
 * with the rule and the record that caused it.
 */
@Service
public class CreditService {


    /** An entity's credit as other pages and systems see it. */
    public record EntityCredit(String uscc, String name, RiskClass riskClass, List<CreditRecord> records,
                               List<ClassChange> changes) {
    }

    private final CreditRepository repo;
    private final ExternalCreditRepository external;
    private final Registry registry;
    private final RiskClassification classification;
    private final AuditLog audit;
    private final MessageSource messages;
    private final Clock clock;
    private ApplicationEventPublisher events = e -> { };

    CreditService(CreditRepository repo, ExternalCreditRepository external, Registry registry,
                  RiskClassification classification, AuditLog audit, MessageSource messages, Clock clock) {
        this.repo = repo;
        this.external = external;
        this.registry = registry;
        this.classification = classification;
        this.audit = audit;
        this.messages = messages;
        this.clock = clock;
    }

    // issue 20 item 2: a class change reaches the outbox in this transaction (CreditEvents).
    @org.springframework.beans.factory.annotation.Autowired
    void setEvents(ApplicationEventPublisher events) {
        this.events = events;
    }

    @Transactional(readOnly = true)
    public List<CreditRule> rules() {
        return repo.rules();
    }

    /** Credit records are shared by every unit (一处违规、处处受限); empty when the entity is unknown. */
    @Transactional(readOnly = true)
    public Optional<EntityCredit> of(String uscc) {
        Optional<EntityView> e = registry.lookup(uscc);
        return e.map(v -> new EntityCredit(v.uscc(), v.name(), v.riskClass(), repo.records(v.uscc()), repo.changes(v.uscc())));
    }

    @EventListener
    void on(InspectionEvents.ResultApproved approved) {
        if (approved.correctsRecordId() != null) {
            int superseded = repo.supersede(approved.correctsRecordId(), approved.recordId());
            if (superseded > 0) {
                audit.record(AuditEvent.of("CREDIT_RECORDS_SUPERSEDED", "credit_record", approved.uscc(),
                        "inspection record " + approved.correctsRecordId() + " corrected by " + approved.recordId()));
            }
        }
        Map<String, CreditRule> byCategory = repo.rules().stream().filter(r -> !r.clean())
                .collect(Collectors.toMap(CreditRule::category, Function.identity(), (a, b) -> a));
        RiskClass target = null;
        CreditRule cause = null;
        Long causeRecord = null;
        LocalDate found = approved.inspectionDate() == null ? approved.approvedOn() : approved.inspectionDate();
        for (InspectionEvents.ItemResult item : approved.items()) {
            if (item.category() == null || !item.category().violation()) {
                continue;
            }
            CreditRule rule = byCategory.get(item.category().name());
            Severity severity = rule == null ? Severity.GENERAL : rule.severity();
            Long id = repo.insertRecord(approved.uscc(), approved.entityName(), approved.recordId(), approved.unitCode(),
                    item.itemCode(), item.itemName(), item.category().name(), severity, found, approved.approvedOn());
            if (id == null) {
                continue;
            }
            audit.record(AuditEvent.of("CREDIT_RECORD_CREATED", "credit_record", String.valueOf(id),
                    approved.uscc() + " " + item.itemCode() + " " + item.category() + " " + severity + " by "
                            + approved.unitCode() + " (inspection record " + approved.recordId() + ")"));
            if (rule != null && (target == null || rule.minClass().compareTo(target) > 0)) {
                target = rule.minClass();
                cause = rule;
                causeRecord = id;
            }
        }
        if (target == null) {
            return;
        }
        Optional<EntityView> entity = registry.lookup(approved.uscc());
        if (entity.isEmpty()) {
            // Not (or no longer) in the registry: the credit records above stand, there is no class to move.
            return;
        }
        RiskClass current = entity.get().riskClass();
        if (current != null && current.compareTo(target) >= 0) {
            return;
        }
        change(approved.uscc(), current, target, cause, causeRecord, approved.recordId());
    }

    /**
     * CLEAN rule (e.g. two years without a valid record or class change → one class lower), daily.
     * Only entities the credit rules have touched: for others the system does not know the history.
     */
    @Scheduled(cron = "${fairdraw.credit.clean-cron:0 30 2 * * *}", zone = BusinessClock.ZONE_ID)
    @SchedulerLock(name = "credit.clean", lockAtMostFor = "PT30M")
    @Transactional
    public void daily() {
        applyCleanRules();
    }

    /** The CLEAN rules now; returns how many entities moved down (the daily job calls it). */
    @Transactional
    public int applyCleanRules() {
        int changed = 0;
        LocalDate today = BusinessClock.today(clock);
        for (CreditRule rule : repo.rules().stream().filter(CreditRule::clean).toList()) {
            for (String uscc : repo.cleanSince(today.minusMonths(rule.months()))) {
                RiskClass current = registry.lookup(uscc).map(EntityView::riskClass).orElse(null);
                if (current == null || current == RiskClass.A) {
                    continue;
                }
                RiskClass lower = RiskClass.values()[Math.max(0, current.ordinal() - rule.step())];
                // issue 20 item 3: the stricter class wins — 信用修复 never goes below the external floor (外部信用).
                RiskClass floor = external.floor(uscc).orElse(null);
                if (floor != null && floor.compareTo(lower) > 0) {
                    lower = floor;
                }
                if (lower == current) {
                    continue;
                }
                change(uscc, current, lower, rule, null, null);
                changed++;
            }
        }
        return changed;
    }

    private void change(String uscc, RiskClass from, RiskClass to, CreditRule rule, Long creditRecord, Long inspectionRecord) {
        String reason = messages.getMessage("credit.change.reason", new Object[] {
                messages.getMessage("credit.rule." + rule.code(), null, rule.code(), Locale.SIMPLIFIED_CHINESE),
                inspectionRecord == null ? "-" : inspectionRecord}, Locale.SIMPLIFIED_CHINESE);
        if (!classification.reclassify(uscc, to, reason)) {
            return;
        }
        repo.insertChange(uscc, from, to, rule.code(), creditRecord, inspectionRecord);
        events.publishEvent(new CreditEvents.ClassChanged(uscc, from == null ? null : from.name(), to.name(),
                rule.code(), inspectionRecord, BusinessClock.today(clock)));
        audit.record(AuditEvent.of("CREDIT_CLASS_CHANGED", "registry_entity", uscc,
                (from == null ? "-" : from.name()) + " -> " + to.name() + " rule " + rule.code()
                        + (creditRecord == null ? "" : " credit record " + creditRecord)
                        + (inspectionRecord == null ? "" : " inspection record " + inspectionRecord)));
    }
}
