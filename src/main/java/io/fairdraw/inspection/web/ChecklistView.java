package io.fairdraw.inspection.web;

import io.fairdraw.inspection.PointResult;
import io.fairdraw.inspection.ResultCategory;
import io.fairdraw.inspection.domain.ChecklistRecording;
import io.fairdraw.inspection.domain.Evidence;
import io.fairdraw.inspection.domain.EvidenceCheck;
import io.fairdraw.inspection.domain.InspectionRecord;
import io.fairdraw.inspection.domain.RecordPoint;
import io.fairdraw.inspection.domain.VisitView;
import io.fairdraw.organization.FairdrawUser;
import io.fairdraw.shared.UserError;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.MultipartHttpServletRequest;

/**
 * The 检查表 on the visit page and the printed sheet (issue 19 item 3): the points of each item
 * with what was typed, and the upload of a 不符合 point's evidence.
 */
@Component
class ChecklistView {

    /** One point as the form shows it: its index in {@code points[k]}, the point, its files. */
    record PointRow(int index, RecordPoint point, List<Evidence> evidence) {
        public boolean noncompliant() {
            return point.answer() == PointResult.NONCOMPLIANT;
        }
    }

    private final ChecklistRecording recording;
    private final EvidenceCheck evidenceCheck;
    private final MessageSource messages;

    ChecklistView(ChecklistRecording recording, EvidenceCheck evidenceCheck,
                  MessageSource messages) {
        this.recording = recording;
        this.evidenceCheck = evidenceCheck;
        this.messages = messages;
    }

    /** Adds {@code pointRows} (item code → rows), {@code checklist} (the form) and the problem categories. */
    void fill(Model model, VisitView view, InspectionRecord record) {
        model.addAttribute("pointAnswers", PointResult.values());
        model.addAttribute("problemCategories", Arrays.stream(ResultCategory.values())
                .filter(c -> c.problem() && !c.entityLevel()).toList());
        Map<Long, Map<String, List<PointRow>>> byRecord = new LinkedHashMap<>();
        view.records().forEach(r -> byRecord.put(r.id(), readOnly(view, r)));
        model.addAttribute("recordPoints", byRecord);
        if (record == null) {
            model.addAttribute("pointRows", Map.of());
            return;
        }
        List<RecordPoint> saved = view.pointsOf(record.id());
        ChecklistForm typed = model.containsAttribute("checklist") ? (ChecklistForm) model.getAttribute("checklist")
                : null;
        if (typed == null || typed.getPoints().size() != saved.size()) {
            typed = ChecklistForm.of(saved);
            model.addAttribute("checklist", typed);
        }
        ChecklistForm shown = typed;
        Map<String, List<PointRow>> rows = readOnly(view, record);
        for (List<PointRow> list : rows.values()) {
            list.replaceAll(r -> {
                ChecklistForm.PointForm t = shown.getPoints().get(r.index());
                RecordPoint p = r.point();
                return new PointRow(r.index(), new RecordPoint(p.itemCode(), p.no(), p.text(), p.clause(), p.method(),
                        t.getAnswer(), t.getFinding()), r.evidence());
            });
        }
        model.addAttribute("pointRows", rows);
    }

    /** The points with their files, for read-only pages (the printed sheet). */
    Map<String, List<PointRow>> readOnly(VisitView view, InspectionRecord record) {
        List<RecordPoint> saved = view.pointsOf(record.id());
        Map<Long, String> tagged = view.pointEvidence();
        Map<String, List<PointRow>> rows = new LinkedHashMap<>();
        for (int k = 0; k < saved.size(); k++) {
            RecordPoint p = saved.get(k);
            List<Evidence> files = view.evidenceOf(record.id(), p.itemCode()).stream()
                    .filter(e -> p.key().equals(tagged.get(e.id()))).toList();
            rows.computeIfAbsent(p.itemCode(), c -> new ArrayList<>()).add(new PointRow(k, p, files));
        }
        return rows;
    }

    /** Files of 不符合 points ({@code pointFiles<k>}); a refused file is reported by name, nothing else is lost. */
    void upload(long recordId, ChecklistForm form, HttpServletRequest request, FairdrawUser user,
                List<String> fileErrors) {
        if (!(request instanceof MultipartHttpServletRequest m)) {
            return;
        }
        for (int k = 0; k < form.getPoints().size(); k++) {
            ChecklistForm.PointForm p = form.getPoints().get(k);
            for (MultipartFile f : m.getFiles("pointFiles" + k)) {
                if (p == null || f.isEmpty() && (f.getOriginalFilename() == null || f.getOriginalFilename().isEmpty())) {
                    continue;
                }
                try (var in = f.getInputStream()) {
                    String name = f.getOriginalFilename() == null ? "evidence" : f.getOriginalFilename();
                    byte[] data = evidenceCheck.read(name.substring(Math.max(name.lastIndexOf('/'),
                            name.lastIndexOf('\\')) + 1), f.getSize(), in);
                    recording.addPointEvidence(recordId, p.getItemCode(), p.getNo(), name, data, user);
                } catch (UserError e) {
                    fileErrors.add(messages.getMessage(e.messageKey(), e.args(), e.messageKey(),
                            LocaleContextHolder.getLocale()));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
    }
}
