package io.fairdraw.organization.web;

import io.fairdraw.organization.UnitKind;
import io.fairdraw.organization.domain.Unit;
import io.fairdraw.organization.domain.UnitService;
import io.fairdraw.organization.domain.UnitService.UnitForm;
import io.fairdraw.shared.FormErrors;
import io.fairdraw.shared.UserError;
import io.fairdraw.shared.XlsxTable;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** ADMIN: units (兵团基础数据中心 … 开设端口). */
@Controller
@RequestMapping("/admin/units")
class UnitAdminController {

    static final String LIST = "organization/units";
    static final String FORM = "organization/unit-form";

    private final UnitService units;
    private final MessageSource messages;

    UnitAdminController(UnitService units, MessageSource messages) {
        this.units = units;
        this.messages = messages;
    }

    @ModelAttribute("kinds")
    UnitKind[] kinds() {
        return UnitKind.values();
    }

    @GetMapping
    String list(@RequestParam(required = false) String q, Model model) {
        model.addAttribute("q", q);
        model.addAttribute("units", filter(q));
        model.addAttribute("liaisons", units.liaisons());
        return LIST;
    }

    @GetMapping("/export")
    void export(@RequestParam(required = false) String q, HttpServletResponse response, Locale locale)
            throws IOException {
        XlsxTable.attachment(response, "units.xlsx");
        List<String> headers = List.of("code", "name", "parent", "kind", "contact_phone", "address", "active").stream()
                .map(h -> messages.getMessage("unit.field." + h, null, locale)).toList();
        try (XlsxTable t = new XlsxTable(response.getOutputStream(), "units", headers)) {
            for (Unit u : filter(q)) {
                t.add(List.of(u.code(), u.name(), u.parentCode() == null ? "" : u.parentCode(),
                        messages.getMessage("unit.kind." + u.kind(), null, locale), u.contactPhone(), u.address(),
                        messages.getMessage(u.active() ? "common.yes" : "common.no", null, locale)));
            }
        }
    }

    @GetMapping("/new")
    String newForm(Model model) {
        model.addAttribute("form", new UnitForm("", "", "", UnitKind.DIVISION, "", "", true));
        model.addAttribute("units", units.all());
        model.addAttribute("editing", false);
        return FORM;
    }

    @PostMapping("/new")
    String create(@Valid @ModelAttribute("form") UnitForm form, BindingResult result, Model model,
                  RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                units.create(form);
                redirect.addFlashAttribute("flash", "unit.created");
                return "redirect:/admin/units";
            } catch (UserError e) {
                FormErrors.reject(result, e);
            }
        }
        model.addAttribute("units", units.all());
        model.addAttribute("editing", false);
        return FORM;
    }

    @GetMapping("/{code}")
    String editForm(@PathVariable String code, Model model) {
        Unit u = units.all().stream().filter(x -> x.code().equals(code)).findFirst()
                .orElseThrow(() -> new UserError(null, "unit.not_found", code));
        model.addAttribute("form", new UnitForm(u.code(), u.name(), u.parentCode(), u.kind(), u.contactPhone(),
                u.address(), u.active()));
        model.addAttribute("units", units.all());
        model.addAttribute("editing", true);
        model.addAttribute("unitCode", u.code());
        return FORM;
    }

    @PostMapping("/{code}")
    String update(@PathVariable String code, @Valid @ModelAttribute("form") UnitForm form, BindingResult result,
                  Model model, RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                units.update(code, form);
                redirect.addFlashAttribute("flash", "unit.updated");
                return "redirect:/admin/units";
            } catch (UserError e) {
                FormErrors.reject(result, e);
            }
        }
        model.addAttribute("units", units.all());
        model.addAttribute("editing", true);
        // The form action comes from the path, not from the posted (possibly missing) code: no 500.
        model.addAttribute("unitCode", code);
        return FORM;
    }

    private List<Unit> filter(String q) {
        if (q == null || q.isBlank()) {
            return units.all();
        }
        String needle = q.trim().toLowerCase(Locale.ROOT);
        return units.all().stream().filter(u -> u.code().toLowerCase(Locale.ROOT).contains(needle)
                || u.name().contains(q.trim())).toList();
    }
}
