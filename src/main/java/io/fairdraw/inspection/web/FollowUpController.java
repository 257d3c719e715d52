package io.fairdraw.inspection.web;

import io.fairdraw.inspection.FollowUpStatus;
import io.fairdraw.inspection.domain.EvidenceCheck;
import io.fairdraw.inspection.domain.FollowUp;
import io.fairdraw.inspection.domain.FollowUpService;
import io.fairdraw.organization.FairdrawUser;
import io.fairdraw.shared.UserError;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 后续处置 (issue 19 item 4): the list of a unit's and a person's follow-ups, and one follow-up where
 * the visit's team records its 复查 / 移送 / 抄告. Rules live in {@link FollowUp} and {@link FollowUpService}.
 */
@Controller
class FollowUpController {

    static final String LIST = "inspection/follow-ups";
    static final String DETAIL = "inspection/follow-up";

    private final FollowUpService service;
    private final EvidenceCheck evidenceCheck;
    private final MessageSource messages;

    FollowUpController(FollowUpService service, EvidenceCheck evidenceCheck, MessageSource messages) {
        this.service = service;
        this.evidenceCheck = evidenceCheck;
        this.messages = messages;
    }

    /** What the team typed; kept as text so a refused form shows it again. */
    static final class FollowUpForm {
        private String date = "";
        private String rectified = "";
        private String receivingBody = "";
        private String caseNo = "";
        private String department = "";
        private String note = "";

        FollowUp.Action action() {
            LocalDate d;
            try {
                d = date == null || date.isBlank() ? null : LocalDate.parse(date.strip());
            } catch (DateTimeParseException e) {
                throw new UserError("date", "inspection.followup.date.invalid");
            }
            Boolean r = rectified == null || rectified.isBlank() ? null : Boolean.valueOf(rectified);
            return new FollowUp.Action(d, r, receivingBody, caseNo, department, note);
        }

        public String getDate() { return date; }
        public void setDate(String v) { date = v; }
        public String getRectified() { return rectified; }
        public void setRectified(String v) { rectified = v; }
        public String getReceivingBody() { return receivingBody; }
        public void setReceivingBody(String v) { receivingBody = v; }
        public String getCaseNo() { return caseNo; }
        public void setCaseNo(String v) { caseNo = v; }
        public String getDepartment() { return department; }
        public void setDepartment(String v) { department = v; }
        public String getNote() { return note; }
        public void setNote(String v) { note = v; }
    }

    @GetMapping("/inspection/follow-ups")
    String list(@AuthenticationPrincipal FairdrawUser user, Model model) {
        model.addAttribute("rows", service.list(user));
        model.addAttribute("today", service.today());
        return LIST;
    }

    @GetMapping("/inspection/follow-ups/{id}")
    String detail(@PathVariable long id, @AuthenticationPrincipal FairdrawUser user, Model model) {
        FollowUp f = service.find(id, user);
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", new FollowUpForm());
        }
        model.addAttribute("f", f);
        model.addAttribute("mayRecord", f.status() == FollowUpStatus.OPEN && service.isMember(f, user));
        model.addAttribute("maxMb", evidenceCheck.maxBytes() / (1024 * 1024));
        model.addAttribute("today", service.today());   // issue 21 item 5: the date's max is the deadline or today
        return DETAIL;
    }

    /** Records the action; a refused form comes back with everything typed (the file must be chosen again). */
    @PostMapping("/inspection/follow-ups/{id}")
    String record(@PathVariable long id, @ModelAttribute("form") FollowUpForm form,
                  @RequestParam(name = "file", required = false) MultipartFile file,
                  @AuthenticationPrincipal FairdrawUser user, Model model, RedirectAttributes flash) {
        FollowUp f = service.find(id, user);
        service.requireMember(f, user);   // who may not record is refused before anything typed is read
        try {
            byte[] data = file == null || file.isEmpty() ? null
                    : evidenceCheck.read(file.getOriginalFilename(), file.getSize(), file.getInputStream());
            service.record(id, form.action(), file == null ? null : file.getOriginalFilename(), data, user);
        } catch (UserError e) {
            model.addAttribute("error", messages.getMessage(e.messageKey(), e.args(), e.messageKey(),
                    LocaleContextHolder.getLocale()));
            return detail(id, user, model);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        flash.addFlashAttribute("flash", "inspection.followup.recorded");
        return "redirect:/inspection/visits/" + f.visitId() + "#record";
    }
}
