package io.fairdraw.inspection.web;

import io.fairdraw.inspection.Disposal;
import io.fairdraw.inspection.ResultCategory;
import io.fairdraw.inspection.domain.EvidenceCheck;
import io.fairdraw.inspection.domain.InspectionDates;
import io.fairdraw.inspection.domain.InspectionRecord;
import io.fairdraw.inspection.domain.RecordEvidence;
import io.fairdraw.inspection.domain.RecordReview;
import io.fairdraw.inspection.domain.RecordWorkflow;
import io.fairdraw.inspection.domain.RecordQueries;
import io.fairdraw.inspection.domain.VisitView;
import io.fairdraw.organization.FairdrawUser;
import io.fairdraw.organization.Organization;
import io.fairdraw.shared.BusinessClock;
import io.fairdraw.shared.FormErrors;
import io.fairdraw.shared.UserError;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.MultipartHttpServletRequest;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 我的检查任务 and 检查记录 for INSPECTORs (phone first), the printable notice and record sheet,
 * and the review buttons for the task unit's REVIEWER. Rules live in {@link RecordWorkflow}, {@link RecordReview}
 * and {@link RecordEvidence}; what the pages show comes from {@link RecordQueries}.
 */
@Controller
class VisitController {

    static final String LIST = "inspection/visits";
    static final String VISIT = "inspection/visit";
    static final String NOTICE = "inspection/notice";
    static final String SHEET = "inspection/sheet";
    static final String REVIEW = "inspection/review";
    private static final MediaType TEXT = new MediaType("text", "plain", java.nio.charset.StandardCharsets.UTF_8);

    private final RecordWorkflow service;
    private final RecordReview review;
    private final RecordQueries views;
    private final RecordEvidence evidence;
    private final MessageSource messages;
    private final Organization organization;
    private final EvidenceCheck evidenceCheck;
    private ChecklistView checklist;
    private io.fairdraw.inspection.domain.ChecklistRecording recording;

    /** issue 19 item 3: the 检查表 part of the record (setters keep the constructor as it was). */
    @org.springframework.beans.factory.annotation.Autowired
    void setChecklist(ChecklistView checklist, io.fairdraw.inspection.domain.ChecklistRecording recording) {
        this.checklist = checklist;
        this.recording = recording;
    }

    private io.fairdraw.shared.PublicLinks links;

    /** issue 21 item 6: the notice's absolute link to the public draw page (and its QR code). */
    @org.springframework.beans.factory.annotation.Autowired
    void setLinks(io.fairdraw.shared.PublicLinks links) {
        this.links = links;
    }

    VisitController(RecordWorkflow service, RecordReview review, RecordQueries views, RecordEvidence evidence, MessageSource messages,
                    Organization organization, EvidenceCheck evidenceCheck) {
        this.evidenceCheck = evidenceCheck;
        this.service = service;
        this.review = review;
        this.views = views;
        this.evidence = evidence;
        this.messages = messages;
        this.organization = organization;
    }

    /** The issuing unit of the printed documents: the unit whose plan holds the task (谁抽查、谁公示). */
    private String unitName(VisitView view) {
        return view.task() == null ? "" : organization.unit(view.task().planUnit())
                .map(Organization.UnitView::name).orElse(view.task().planUnit());
    }

    @GetMapping("/inspection/visits")
    String list(@RequestParam(required = false) String status, @RequestParam(required = false) String q,
                @AuthenticationPrincipal FairdrawUser user, Model model) {
        model.addAttribute("rows", views.myVisits(user, status, q));
        model.addAttribute("linked", views.inspectorOf(user).isPresent());
        model.addAttribute("status", status == null ? "" : status);
        model.addAttribute("q", q == null ? "" : q);
        model.addAttribute("statuses", List.of("PLANNED", "DRAFT", "SUBMITTED", "APPROVED"));
        return LIST;
    }

    @GetMapping("/inspection/visits/{id}")
    String visit(@PathVariable long id, @AuthenticationPrincipal FairdrawUser user, Model model) {
        VisitView view = views.visit(id, user);
        InspectionRecord open = view.open();
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", open == null ? new RecordForm() : RecordForm.of(open));
        }
        fill(model, view, user);
        return VISIT;
    }

    private void fill(Model model, VisitView view, FairdrawUser user) {
        model.addAttribute("view", view);
        model.addAttribute("open", view.open());
        model.addAttribute("member", views.isMember(view, user));
        model.addAttribute("me", views.inspectorOf(user).orElse(""));
        model.addAttribute("mayReview", views.mayReview(view, user));
        // A follow-up's outcome (issue 19 item 4) is offered only in a correction, which is where a follow-up puts it.
        boolean correction = view.open() != null && view.open().correctsRecordId() != null;
        model.addAttribute("itemCategories", Arrays.stream(ResultCategory.values())
                .filter(c -> !c.entityLevel() && (correction || !c.followUpOutcome())).toList());
        model.addAttribute("entityCategories", Arrays.stream(ResultCategory.values()).filter(ResultCategory::entityLevel).toList());
        model.addAttribute("disposals", Disposal.values());
        model.addAttribute("maxMb", evidence.maxBytes() / (1024 * 1024));
        model.addAttribute("today", service.today());
        InspectionRecord approved = view.approved();
        model.addAttribute("publicationDue", approved == null ? null : views.publicationDue(approved));
        // Issue 19 item 5: a record waiting for review already has its publication deadline (from submission).
        InspectionRecord open = view.open();
        model.addAttribute("reviewDue", open == null || open.status() != io.fairdraw.inspection.RecordStatus.SUBMITTED
                ? null : views.publicationDue(open));
        // Issue 21 item 5: 提交审核 is disabled, saying who has yet to confirm (双人确认), until all have.
        model.addAttribute("unconfirmed", open == null ? List.of() : view.team().stream()
                .filter(m -> !open.confirmedBy().contains(m.inspectorId())).map(VisitView.Member::name).toList());
        // Issue 21 item 5: the date input's min/max are the days the server accepts.
        model.addAttribute("dates", InspectionDates.of(view.task(), correction, service.today()));
        checklist.fill(model, view, view.open());
    }

    @PostMapping("/inspection/visits/{id}/record")
    String start(@PathVariable long id, @AuthenticationPrincipal FairdrawUser user) {
        service.open(id, user);
        return "redirect:/inspection/visits/" + id + "#record";
    }

    /**
     * The full form with files: the typed content is saved first, then each file is checked on
     * its own; a refused file is reported by name and nothing else is lost.
     */
    @PostMapping("/inspection/records/{id}")
    String save(@PathVariable long id, @ModelAttribute("form") RecordForm form, BindingResult binding,
                @ModelAttribute("checklist") ChecklistForm points, jakarta.servlet.http.HttpServletRequest request, @AuthenticationPrincipal FairdrawUser user, Model model,
                RedirectAttributes flash, jakarta.servlet.http.HttpServletResponse response) {
        VisitView view = views.visitOfRecord(id, user);
        List<String> fileErrors = new ArrayList<>();
        if (!binding.hasErrors()) {
            try {
                recording.save(id, form.draft(), points.answers(), user);
            } catch (UserError e) {
                FormErrors.reject(binding, e);
            }
        }
        if (!binding.hasErrors()) {
            for (int i = 0; i < form.getItems().size(); i++) {
                String code = form.getItems().get(i).getItemCode();
                List<MultipartFile> files = request instanceof MultipartHttpServletRequest m ? m.getFiles("files" + i) : List.of();
                for (MultipartFile f : files) {
                    if (f.isEmpty() && (f.getOriginalFilename() == null || f.getOriginalFilename().isEmpty())) {
                        continue;
                    }
                    try (var in = f.getInputStream()) {
                        // Bounded copy: an oversized part is refused without being read into memory.
                        byte[] data = evidenceCheck.read(baseName(f.getOriginalFilename()), f.getSize(), in);
                        evidence.add(id, code, f.getOriginalFilename(), data, user);
                    } catch (UserError e) {
                        fileErrors.add(messages.getMessage(e.messageKey(), e.args(), e.messageKey(),
                                LocaleContextHolder.getLocale()));
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }
            }
            checklist.upload(id, points, request, user, fileErrors);
        }
        if (binding.hasErrors() || !fileErrors.isEmpty()) {
            view = views.visitOfRecord(id, user);
            fill(model, view, user);
            model.addAttribute("fileErrors", fileErrors);
            model.addAttribute("savedDespiteFiles", !binding.hasErrors());
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return VISIT;
        }
        flash.addFlashAttribute("flash", "inspection.record.saved");
        return "redirect:/inspection/visits/" + view.visit().id() + "#record";
    }

    private static String baseName(String fileName) {
        String name = fileName == null || fileName.isBlank() ? "evidence" : fileName.strip();
        return name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
    }

    /** Autosave while typing (static/js/inspection-record.js); answers a short status line. */
    @PostMapping("/inspection/records/{id}/draft")
    @ResponseBody
    ResponseEntity<String> autosave(@PathVariable long id, @ModelAttribute("form") RecordForm form,
                                    BindingResult binding, @ModelAttribute("checklist") ChecklistForm points,
                                    @AuthenticationPrincipal FairdrawUser user) {
        if (binding.hasErrors()) {
            return ResponseEntity.badRequest().contentType(TEXT).body(text("inspection.autosave.invalid"));
        }
        InspectionRecord r;
        try {
            r = recording.save(id, form.draft(), points.answers(), user);
        } catch (UserError e) {
            // what is wrong, in words (e.g. a 检查日期 outside the task's period); the page keeps what was typed
            return ResponseEntity.badRequest().contentType(TEXT).body(messages.getMessage(e.messageKey(), e.args(),
                    e.messageKey(), LocaleContextHolder.getLocale()));
        }
        return ResponseEntity.ok().contentType(TEXT).body(text("inspection.autosave.saved",
                r.updatedAt().atZone(BusinessClock.ZONE).format(DateTimeFormatter.ofPattern("HH:mm:ss"))));
    }

    @PostMapping("/inspection/records/{id}/confirm")
    String confirm(@PathVariable long id, @AuthenticationPrincipal FairdrawUser user, RedirectAttributes flash) {
        return act(id, user, flash, () -> service.confirm(id, user), "inspection.record.confirmed");
    }

    @PostMapping("/inspection/records/{id}/submit")
    String submit(@PathVariable long id, @AuthenticationPrincipal FairdrawUser user, RedirectAttributes flash) {
        return act(id, user, flash, () -> service.submit(id, user), "inspection.record.submitted");
    }

    @PostMapping("/inspection/records/{id}/approve")
    String approve(@PathVariable long id, @AuthenticationPrincipal FairdrawUser user, RedirectAttributes flash) {
        return act(id, user, flash, () -> review.approve(id, user), "inspection.review.approved");
    }

    @PostMapping("/inspection/records/{id}/return")
    String returnRecord(@PathVariable long id, @RequestParam(defaultValue = "") String reason,
                        @AuthenticationPrincipal FairdrawUser user, RedirectAttributes flash) {
        return act(id, user, flash, () -> review.returnRecord(id, reason, user), "inspection.review.returned");
    }

    @PostMapping("/inspection/records/{id}/correction")
    String correction(@PathVariable long id, @AuthenticationPrincipal FairdrawUser user, RedirectAttributes flash) {
        return act(id, user, flash, () -> service.correct(id, user), "inspection.correction.started");
    }

    @PostMapping("/inspection/evidence/{id}/delete")
    String deleteEvidence(@PathVariable long id, @AuthenticationPrincipal FairdrawUser user, RedirectAttributes flash) {
        long recordId = evidence.meta(id, user).recordId();
        return act(recordId, user, flash, () -> evidence.remove(id, user), "inspection.evidence.removed");
    }

    /** Domain rule violations become a message on the visit page; 403/404 pass through. */
    private String act(long recordId, FairdrawUser user, RedirectAttributes flash, Runnable action, String done) {
        long visitId = views.visitOfRecord(recordId, user).visit().id();
        try {
            action.run();
            flash.addFlashAttribute("flash", done);
        } catch (UserError e) {
            flash.addFlashAttribute("error", messages.getMessage(e.messageKey(), e.args(), e.messageKey(),
                    LocaleContextHolder.getLocale()));
        }
        return "redirect:/inspection/visits/" + visitId;
    }

    @GetMapping("/inspection/evidence/{id}")
    ResponseEntity<byte[]> evidence(@PathVariable long id, @RequestParam(defaultValue = "false") boolean thumb,
                                    @AuthenticationPrincipal FairdrawUser user) {
        var meta = evidence.meta(id, user);
        byte[] bytes = evidence.bytes(id, thumb, user).orElse(null);
        if (bytes == null) {
            return ResponseEntity.notFound().build();
        }
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(thumb ? "image/jpeg" : meta.contentType()))
                .cacheControl(CacheControl.noCache().cachePrivate())
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline()
                        .filename(meta.fileName(), java.nio.charset.StandardCharsets.UTF_8).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .body(bytes);
    }

    /** 检查通知书, printable. */
    @GetMapping("/inspection/visits/{id}/notice")
    String notice(@PathVariable long id, @AuthenticationPrincipal FairdrawUser user, Model model) {
        VisitView view = views.visit(id, user);
        model.addAttribute("view", view);
        model.addAttribute("unitName", unitName(view));
        model.addAttribute("today", service.today());
        // Paper is read outside the office: an absolute URL from fairdraw.public-base-url, and its QR code.
        String drawUrl = links.draw(view.visit().drawId());
        model.addAttribute("drawUrl", drawUrl);
        model.addAttribute("drawQr", io.fairdraw.shared.QrCode.dataUri(drawUrl));
        return NOTICE;
    }

    /** 检查记录表, printable: the record in progress or, once approved, the approved one. */
    @GetMapping("/inspection/records/{id}/sheet")
    String sheet(@PathVariable long id, @AuthenticationPrincipal FairdrawUser user, Model model) {
        VisitView view = views.visitOfRecord(id, user);
        InspectionRecord r = view.records().stream().filter(x -> x.id() == id).findFirst().orElseThrow();
        model.addAttribute("view", view);
        model.addAttribute("record", r);
        model.addAttribute("unitName", unitName(view));
        model.addAttribute("pointRows", checklist.readOnly(view, r));
        return SHEET;
    }

    @GetMapping("/inspection/review")
    String review(@AuthenticationPrincipal FairdrawUser user, Model model) {
        model.addAttribute("rows", views.reviewQueue(user));
        model.addAttribute("today", service.today());
        return REVIEW;
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
    }
}
