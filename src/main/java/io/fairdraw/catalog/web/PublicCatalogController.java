package io.fairdraw.catalog.web;

import io.fairdraw.catalog.ItemVersion;
import io.fairdraw.catalog.domain.CatalogService;
import io.fairdraw.organization.Organization;
import io.fairdraw.shared.SupervisionField;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** 公开随机抽查事项 (二(四), 坚持公开透明): the list in force today, without login. */
@Controller
class PublicCatalogController {

    static final String VIEW = "catalog/public";

    private final CatalogService catalog;
    private final Organization organization;
    private final MessageSource messages;

    PublicCatalogController(CatalogService catalog, Organization organization, MessageSource messages) {
        this.catalog = catalog;
        this.organization = organization;
        this.messages = messages;
    }

    @GetMapping("/public/catalog")
    String list(@RequestParam(required = false) String unit, @RequestParam(required = false) SupervisionField field,
                Model model) {
        Map<String, String> names = unitNames();
        model.addAttribute("items", filter(unit, field));
        model.addAttribute("unitNames", names);
        model.addAttribute("publishingUnits", catalog.published().stream().map(ItemVersion::unitCode).distinct().toList());
        model.addAttribute("fields", SupervisionField.values());
        model.addAttribute("unit", unit);
        model.addAttribute("field", field);
        return VIEW;
    }

    @GetMapping("/public/catalog.xlsx")
    void download(@RequestParam(required = false) String unit, @RequestParam(required = false) SupervisionField field,
                  HttpServletResponse response, Locale locale) throws IOException {
        CatalogXlsx.write(response, "catalog.xlsx", filter(unit, field), unitNames(), messages, locale);
    }

    private List<ItemVersion> filter(String unit, SupervisionField field) {
        return catalog.published().stream()
                .filter(v -> unit == null || unit.isBlank() || v.unitCode().equals(unit))
                .filter(v -> field == null || v.content().field() == field).toList();
    }

    private Map<String, String> unitNames() {
        return organization.units().stream().collect(Collectors.toMap(Organization.UnitView::code,
                Organization.UnitView::name));
    }
}
