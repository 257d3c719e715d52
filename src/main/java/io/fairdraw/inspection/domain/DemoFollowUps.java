package io.fairdraw.inspection.domain;

import io.fairdraw.inspection.Disposal;
import io.fairdraw.inspection.ResultCategory;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Demo 后续处置 (issue 19 item 4): the demo's approved 发现问题待后续处理 / 责令改正 result already has
 * its follow-up in progress (opened by its approval); this adds one closed follow-up on another D01
 * visit — first result 20 days ago, 复查 5 days ago with a photo, approved — through the same
 * services as the team and the reviewer. Its accounts are {@code demo-followup:<inspector>}, apart
 * from the {@code demo:} records of {@link DemoInspections}, whose counts stay as they were.
 */
@Component
class DemoFollowUps {

    private final RecordWorkflow records;
    private final RecordReview review;
    private final FollowUpService followUps;
    private final FollowUpRepository repository;
    private final MessageSource messages;
    private final DemoChecklistAnswers checklist;

    DemoFollowUps(RecordWorkflow records, RecordReview review, FollowUpService followUps, FollowUpRepository repository,
                  MessageSource messages, DemoChecklistAnswers checklist) {
        this.checklist = checklist;
        this.records = records;
        this.review = review;
        this.followUps = followUps;
        this.repository = repository;
        this.messages = messages;
    }

    /** Runs inside the demo's transaction, on a D01 visit nobody else recorded. */
    void seedClosed(Visit v) {
        List<RecordAccess.Acting> team = v.inspectors().stream()
                .map(id -> new RecordAccess.Acting("demo-followup:" + id, "D01", id)).toList();
        RecordAccess.Acting reviewer = new RecordAccess.Acting("reviewer.d01", "D01", null);
        LocalDate today = records.today();
        long first = records.open(v.id(), team.get(0));
        InspectionRecord r = records.save(first, new RecordDraft(null, null, Map.of()), team.get(0));
        // the 检查表 (issue 19 item 3): the first item's first point 不符合, with its finding and photo
        checklist.answer(first, r, ResultCategory.PENDING_FOLLOW_UP, team.get(0));
        Map<String, RecordDraft.Item> items = new LinkedHashMap<>();
        boolean problem = true;
        for (RecordItem i : r.items()) {
            items.put(i.itemCode(), problem
                    ? new RecordDraft.Item(ResultCategory.PENDING_FOLLOW_UP, Disposal.RECTIFY_TRACKED, text("inspection.demo.findings.violation"))
                    : new RecordDraft.Item(ResultCategory.NO_PROBLEM, null, text("inspection.demo.findings.clean")));
            problem = false;
        }
        LocalDate firstDate = records.demoDate(r, 20);   // within the task's period (issue 21 item 5)
        records.save(first, new RecordDraft(firstDate, null, items), team.get(0));
        approve(first, team, reviewer);
        FollowUp f = repository.ofVisit(v.id()).get(0);
        long correction = followUps.record(f.id(), new FollowUp.Action(min(today.minusDays(5), firstDate.plusDays(25)), true, null, null, null,
                text("inspection.demo.followup.note")), "recheck.png", DemoChecklistAnswers.photo(), team.get(0), true);
        approve(correction, team, reviewer);
    }

    /** The 复查: after the first record and within its deadline ({@link FollowUp#DEADLINE_DAYS}), not after today. */
    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

    private void approve(long id, List<RecordAccess.Acting> team, RecordAccess.Acting reviewer) {
        team.forEach(m -> records.confirm(id, m));
        records.submit(id, team.get(0));
        review.approve(id, reviewer);
    }

    private String text(String key) {
        return messages.getMessage(key, null, Locale.SIMPLIFIED_CHINESE);
    }
}
