package io.fairdraw.registry.web;

import io.fairdraw.registry.domain.EntityOfficeService;
import io.fairdraw.shared.UserError;
import io.swagger.v3.oas.annotations.Operation;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** An entity's supervising sub-office (所所交叉): the entity page's form and the API. */
@Controller
class EntityOfficeController {

    /** The API body: {@code officeCode} empty or null clears the office. */
    record OfficeBody(String officeCode) {
    }

    private final EntityOfficeService offices;
    private final MessageSource messages;

    EntityOfficeController(EntityOfficeService offices, MessageSource messages) {
        this.offices = offices;
        this.messages = messages;
    }

    @PostMapping("/registry/entities/{uscc}/office")
    String set(@PathVariable String uscc, @RequestParam(defaultValue = "") String officeCode, RedirectAttributes redirect) {
        try {
            offices.set(uscc, officeCode);
            redirect.addFlashAttribute("flash", "registry.entity.office.saved");
        } catch (UserError e) {
            redirect.addFlashAttribute("error", messages.getMessage(e.messageKey(), e.args(), e.messageKey(),
                    LocaleContextHolder.getLocale()));
        }
        return "redirect:/registry/entities/" + uscc;
    }

    @Operation(summary = "An entity's supervising sub-office (cross-office assignment); officeCode null when none; 404 outside the caller's scope")
    @GetMapping("/api/v1/registry/entities/{uscc}/office")
    @ResponseBody
    Map<String, Object> get(@PathVariable String uscc) {
        return body(uscc, offices.officeOf(uscc));
    }

    @Operation(summary = "Sets or clears (officeCode empty) an entity's supervising sub-office: one of the entity unit's "
            + "active offices; only the unit's LIAISON. 400 for an unknown or inactive office")
    @PutMapping("/api/v1/registry/entities/{uscc}/office")
    @ResponseBody
    Map<String, Object> put(@PathVariable String uscc, @RequestBody(required = false) OfficeBody body) {
        return body(uscc, offices.set(uscc, body == null ? null : body.officeCode()));
    }

    private static Map<String, Object> body(String uscc, String office) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("uscc", uscc);
        out.put("officeCode", office);
        return out;
    }
}
