package io.fairdraw.disclosure.objection.web;

import io.fairdraw.disclosure.objection.Objection;
import io.fairdraw.disclosure.objection.ObjectionFiling;
import io.fairdraw.disclosure.objection.ObjectionService;
import io.fairdraw.shared.FormErrors;
import io.fairdraw.shared.UserError;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.io.IOException;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The public objection form (issue 20 item 4, no login) on a published result. A form with errors is
 * shown again with what was typed (a browser never keeps a chosen file: the page says to choose it
 * again). The public chain has no CSRF token (SecurityConfiguration): a forged filing could do no more
 * than anyone may do, and the rate limit applies either way.
 */
@Controller
class ObjectionController {

    static final String FORM = "disclosure/objection-form";

    private final ObjectionService objections;

    ObjectionController(ObjectionService objections) {
        this.objections = objections;
    }

    @GetMapping("/public/results/{recordId}/objection")
    String form(@PathVariable long recordId, Model model) {
        model.addAttribute("form", ObjectionForm.empty());
        return show(recordId, model);
    }

    @PostMapping("/public/results/{recordId}/objection")
    String file(@PathVariable long recordId, @Valid @ModelAttribute("form") ObjectionForm form, BindingResult result,
                @RequestParam(name = "attachment", required = false) List<MultipartFile> files,
                HttpServletRequest request, HttpServletResponse response, Model model, RedirectAttributes redirect)
            throws IOException {
        objections.result(recordId); // 404 before anything else for a result that is not public
        try {
            objections.admit(request.getRemoteAddr());
        } catch (ObjectionService.TooMany e) {
            response.setStatus(429);
            reject(result, e);
            return show(recordId, model);
        }
        List<MultipartFile> chosen = files == null ? List.of() : files.stream().filter(f -> !f.isEmpty()
                || (f.getOriginalFilename() != null && !f.getOriginalFilename().isEmpty())).toList();
        if (chosen.size() > 1) {
            reject(result, new UserError("attachment", "objection.attachment.count"));
        }
        if (!result.hasErrors()) {
            try {
                MultipartFile file = chosen.isEmpty() ? null : chosen.get(0);
                ObjectionService.Filed filed = objections.file(recordId, new ObjectionFiling(
                        ObjectionForm.trim(form.objectorName()), ObjectionForm.trim(form.contact()),
                        ObjectionForm.trim(form.uscc()), ObjectionForm.trim(form.legalRepresentative()),
                        ObjectionForm.trim(form.reason()),
                        file == null ? null : new ObjectionFiling.Upload(file.getOriginalFilename(), file.getSize(),
                                file.getInputStream())));
                // flash attributes live in the JDBC session: plain serializable values only
                redirect.addFlashAttribute("filedId", filed.id());
                redirect.addFlashAttribute("filedDue", filed.answerDue());
                return "redirect:/public/results/" + recordId + "/objection/filed";
            } catch (UserError e) {
                reject(result, e);
            }
        }
        response.setStatus(400);
        return show(recordId, model);
    }

    @GetMapping("/public/results/{recordId}/objection/filed")
    String filed(@PathVariable long recordId, Model model) {
        Objection.Result r = objections.result(recordId);
        model.addAttribute("result", r);
        return "disclosure/objection-filed";
    }

    /** The attachment is no form property (a file input keeps nothing): its errors show above the form. */
    private static void reject(BindingResult result, UserError e) {
        if ("attachment".equals(e.field())) {
            result.reject(e.messageKey(), e.args(), e.messageKey());
        } else {
            FormErrors.reject(result, e);
        }
    }

    private String show(long recordId, Model model) {
        model.addAttribute("result", objections.result(recordId));
        model.addAttribute("answerDays", objections.answerWorkingDays());
        return FORM;
    }
}
