package io.fairdraw.inspection.domain;

import io.fairdraw.inspection.Disposal;
import io.fairdraw.inspection.InspectionSetup;
import io.fairdraw.inspection.ResultCategory;
import io.fairdraw.inspector.Inspector;
import io.fairdraw.inspector.InspectorDirectory;
import io.fairdraw.inspector.InspectorId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Demo results after the demo draws: links {@code inspector.<unit>a|b} to the two inspectors of
 * that unit who were drawn most often together, so they see their visits, and records four D01
 * visits through the same service the team and the reviewer use — one approved with a violation
 * (so credit shows something), one approved clean, one submitted awaiting review, one draft —
 * leaving the linked pair's first visit untouched to try.
 */
@Service
class DemoInspections implements InspectionSetup {

    private static final Logger log = LoggerFactory.getLogger(DemoInspections.class);

    private final RecordWorkflow service;
    private final RecordReview review;
    private final VisitRepository visits;
    private final InspectorDirectory directory;
    private final JdbcClient jdbc;
    private final TransactionTemplate tx;
    private final MessageSource messages;
    private final DemoFollowUps followUps;

    DemoInspections(RecordWorkflow service, RecordReview review, VisitRepository visits, InspectorDirectory directory, JdbcClient jdbc,
                    TransactionTemplate tx, MessageSource messages, DemoFollowUps followUps) {
        this.followUps = followUps;
        this.messages = messages;
        this.service = service;
        this.review = review;
        this.visits = visits;
        this.directory = directory;
        this.jdbc = jdbc;
        this.tx = tx;
    }

    private DemoChecklistAnswers checklist;

    /** issue 19 item 3: demo records answer their 检查表 (a setter keeps the constructor as it was). */
    @org.springframework.beans.factory.annotation.Autowired
    void setChecklist(DemoChecklistAnswers checklist) {
        this.checklist = checklist;
    }

    @Override
    public void seedDemoIfEmpty() {
        if (service.recordCount() > 0) {
            return;
        }
        List<String> drawIds = jdbc.sql("SELECT DISTINCT draw_id FROM inspection_visit ORDER BY draw_id").query(String.class).list();
        List<Visit> all = drawIds.isEmpty() ? List.of() : visits.ofDraws(drawIds);
        if (all.isEmpty()) {
            log.info("Demo inspection records skipped: no visit (no demo draw)");
            return;
        }
        Map<String, String> unitOf = new HashMap<>();
        for (Visit v : all) {
            for (String id : v.inspectors()) {
                unitOf.computeIfAbsent(id, k -> InspectorId.isValid(k)
                        ? directory.find(InspectorId.of(k)).map(Inspector::unitCode).orElse("") : "");
            }
        }
        for (String unit : List.of("D01", "D02")) {
            linkPair(unit, all, unitOf);
        }
        Optional<String> a = jdbc.sql("SELECT inspector_id FROM inspection_account WHERE username = 'inspector.d01a'")
                .query(String.class).optional();
        Optional<String> b = jdbc.sql("SELECT inspector_id FROM inspection_account WHERE username = 'inspector.d01b'")
                .query(String.class).optional();
        // Issue 19 item 2: a visit merged into a joint inspection is not recorded on its own.
        List<Visit> d01 = new ArrayList<>(all.stream().filter(v -> v.drawId().contains("-D01-"))
                .filter(v -> !VisitMerger.MERGED.equals(v.status())).toList());
        // The linked pair's shared visits first: the very first stays untouched for the visitor to try.
        d01.sort(Comparator.comparingInt((Visit v) -> -(members(v, a) + members(v, b))).thenComparingLong(Visit::id));
        if (d01.size() < 5) {
            log.info("Demo inspection records skipped: fewer than five D01 visits");
            return;
        }
        tx.executeWithoutResult(s -> {
            record(d01.get(1), ResultCategory.PENDING_FOLLOW_UP, Disposal.RECTIFY_TRACKED, true, true);
            record(d01.get(2), ResultCategory.NO_PROBLEM, null, true, true);
            record(d01.get(3), ResultCategory.NO_PROBLEM, null, true, false);
            record(d01.get(4), null, null, false, false);
            if (d01.size() > 5) {
                followUps.seedClosed(d01.get(5));   // 后续处置 (issue 19 item 4): one closed follow-up
            }
        });
        log.info("Demo inspection records seeded on visits {}, {}, {}, {}", d01.get(1).id(), d01.get(2).id(),
                d01.get(3).id(), d01.get(4).id());
    }

    private static int members(Visit v, Optional<String> id) {
        return id.map(v::hasMember).orElse(false) ? 1 : 0;
    }

    private void linkPair(String unit, List<Visit> all, Map<String, String> unitOf) {
        Map<String, Integer> single = new LinkedHashMap<>();
        Map<String, Integer> pairs = new LinkedHashMap<>();
        for (Visit v : all) {
            List<String> ofUnit = v.inspectors().stream().filter(id -> unit.equals(unitOf.get(id))).sorted().toList();
            ofUnit.forEach(id -> single.merge(id, 1, Integer::sum));
            for (int i = 0; i < ofUnit.size(); i++) {
                for (int j = i + 1; j < ofUnit.size(); j++) {
                    pairs.merge(ofUnit.get(i) + " " + ofUnit.get(j), 1, Integer::sum);
                }
            }
        }
        String prefix = "inspector." + unit.toLowerCase(java.util.Locale.ROOT);
        Optional<String> best = pairs.entrySet().stream()
                .max(Map.Entry.<String, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder())))
                .map(Map.Entry::getKey);
        if (best.isPresent()) {
            String[] p = best.get().split(" ");
            service.linkAccount(prefix + "a", p[0]);
            service.linkAccount(prefix + "b", p[1]);
        } else if (!single.isEmpty()) {
            service.linkAccount(prefix + "a", single.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey());
        }
    }

    private void record(Visit v, ResultCategory category, Disposal disposal, boolean submit, boolean approve) {
        List<RecordAccess.Acting> team = v.inspectors().stream()
                .map(id -> new RecordAccess.Acting("demo:" + id, "D01", id)).toList();
        long id = service.open(v.id(), team.get(0));
        InspectionRecord r = service.save(id, new RecordDraft(null, null, Map.of()), team.get(0));
        checklist.answer(id, r, category, team.get(0));
        Map<String, RecordDraft.Item> items = new LinkedHashMap<>();
        boolean first = true;
        for (RecordItem i : r.items()) {
            ResultCategory c = category == null ? null : first ? category : ResultCategory.NO_PROBLEM;
            Disposal d = first && category != null && category.problem() ? disposal : null;
            items.put(i.itemCode(), new RecordDraft.Item(c, d, category == null ? ""
                    : messages.getMessage(c == ResultCategory.NO_PROBLEM ? "inspection.demo.findings.clean"
                    : "inspection.demo.findings.violation", null, Locale.SIMPLIFIED_CHINESE)));
            first = false;
        }
        // within the task's period (issue 21 item 5): three days ago, or its last day when the period is over
        service.save(id, new RecordDraft(submit ? service.demoDate(r, 3) : null, null, items), team.get(0));
        if (!submit) {
            return;
        }
        team.forEach(m -> service.confirm(id, m));
        service.submit(id, team.get(0));
        if (approve) {
            review.approve(id, new RecordAccess.Acting("reviewer.d01", "D01", null));
        }
    }
}
