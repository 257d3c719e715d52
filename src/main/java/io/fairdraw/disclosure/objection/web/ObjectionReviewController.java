package io.fairdraw.disclosure.objection.web;

import io.fairdraw.disclosure.objection.Objection;
import io.fairdraw.disclosure.objection.ObjectionService;
import io.fairdraw.organization.FairdrawUser;
import io.fairdraw.shared.BusinessClock;
import io.fairdraw.shared.UserError;
import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 异议 for the publishing unit's REVIEWER (issue 20 item 4): the list, one objection with the objector's
 * contact and attachment (internal only), and the answer. The REVIEWER who approved the result sees it
 * but may not answer it (DESIGN.md §2).
 */
@Controller
class ObjectionReviewController {

    static final String LIST = "disclosure/objections";
    static final String ONE = "disclosure/objection";

    private final ObjectionService objections;
    private final Clock clock;

    ObjectionReviewController(ObjectionService objections, Clock clock) {
        this.objections = objections;
        this.clock = clock;
    }

    @GetMapping("/disclosure/objections")
    String list(@AuthenticationPrincipal FairdrawUser user, Model model) {
        model.addAttribute("objections", objections.ofUnit(user));
        model.addAttribute("today", BusinessClock.today(clock));
        return LIST;
    }

    @GetMapping("/disclosure/objections/{id}")
    String one(@PathVariable long id, @AuthenticationPrincipal FairdrawUser user, Model model) {
        Objection o = objections.get(id, user);
        model.addAttribute("o", o);
        model.addAttribute("ownApproval", objections.approverOf(o).filter(user.username()::equals).isPresent());
        model.addAttribute("today", BusinessClock.today(clock));
        if (!model.containsAttribute("answer")) {
            model.addAttribute("answer", "");
        }
        return ONE;
    }

    @GetMapping("/disclosure/objections/{id}/attachment")
    ResponseEntity<byte[]> attachment(@PathVariable long id, @AuthenticationPrincipal FairdrawUser user) {
        Objection o = objections.get(id, user);
        byte[] data = objections.attachment(id, user);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(o.attachment().contentType()))
                .cacheControl(CacheControl.noCache().cachePrivate())
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(o.attachment().fileName(), StandardCharsets.UTF_8).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .body(data);
    }

    @PostMapping("/disclosure/objections/{id}/answer")
    String answer(@PathVariable long id, @RequestParam(required = false) String outcome,
                  @RequestParam(required = false) String answer, @AuthenticationPrincipal FairdrawUser user,
                  Model model, HttpServletResponse response, RedirectAttributes flash) {
        try {
            if (!"UPHELD".equals(outcome) && !"REJECTED".equals(outcome)) {
                throw new UserError("outcome", "objection.outcome.required");
            }
            objections.answer(id, "UPHELD".equals(outcome), answer, user);
            flash.addFlashAttribute("answered", outcome);
            return "redirect:/disclosure/objections/" + id;
        } catch (UserError e) {
            if (e instanceof io.fairdraw.shared.ConflictError) {
                throw e;
            }
            response.setStatus(400);
            model.addAttribute("answer", answer == null ? "" : answer);
            model.addAttribute("outcome", outcome);
            model.addAttribute("error", e);
            return one(id, user, model);
        }
    }
}
