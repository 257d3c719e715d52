package io.fairdraw.catalog.web;

import io.fairdraw.catalog.InspectionMethod;
import io.fairdraw.catalog.ItemStatus;
import io.fairdraw.catalog.ItemVersion;
import io.fairdraw.catalog.domain.CatalogItem;
import io.fairdraw.catalog.domain.CatalogQuery;
import io.fairdraw.catalog.domain.CatalogRow;
import io.fairdraw.catalog.domain.CatalogService;
import io.fairdraw.organization.FairdrawUser;
import io.fairdraw.organization.Organization;
import io.fairdraw.organization.OutOfScopeException;
import io.fairdraw.shared.BusinessClock;
import io.fairdraw.shared.SupervisionField;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The catalog for signed-in users: list with search and export, an item with its version history. */
@Controller
@RequestMapping("/catalog")
class CatalogController {

    static final String LIST = "catalog/list";
    static final String ITEM = "catalog/item";
    static final String VERSION = "catalog/version";
    private static final int PAGE_SIZE = 20;

    private final CatalogService catalog;
    private final Organization organization;
    private final MessageSource messages;
    private final io.fairdraw.catalog.Checklists checklists;

    CatalogController(CatalogService catalog, Organization organization, MessageSource messages,
                      io.fairdraw.catalog.Checklists checklists) {
        this.checklists = checklists;
        this.catalog = catalog;
        this.organization = organization;
        this.messages = messages;
    }

    @ModelAttribute("fields")
    SupervisionField[] fields() {
        return SupervisionField.values();
    }

    @ModelAttribute("statuses")
    ItemStatus[] statuses() {
        return ItemStatus.values();
    }

    @ModelAttribute("allMethods")
    InspectionMethod[] methods() {
        return InspectionMethod.values();
    }

    @ModelAttribute("unitNames")
    Map<String, String> unitNames() {
        return organization.units().stream().collect(Collectors.toMap(Organization.UnitView::code,
                Organization.UnitView::name));
    }

    /** Times are shown in the administration's zone (Xinjiang offices work on Beijing time). */
    @ModelAttribute("zone")
    java.time.ZoneId zone() {
        return BusinessClock.ZONE;
    }

    @GetMapping
    String list(@RequestParam(required = false) String q, @RequestParam(required = false) SupervisionField field,
                @RequestParam(required = false) ItemStatus status, @RequestParam(required = false) String unit,
                @RequestParam(defaultValue = "0") int page, @AuthenticationPrincipal FairdrawUser user, Model model) {
        model.addAttribute("q", q);
        model.addAttribute("field", field);
        model.addAttribute("status", status);
        model.addAttribute("unit", unit);
        model.addAttribute("page", catalog.search(new CatalogQuery(q, field, status, unit), page, PAGE_SIZE));
        model.addAttribute("canCreate", catalog.maintains(user.unitCode()));
        return LIST;
    }

    @GetMapping("/export")
    void export(@RequestParam(required = false) String q, @RequestParam(required = false) SupervisionField field,
                @RequestParam(required = false) ItemStatus status, @RequestParam(required = false) String unit,
                HttpServletResponse response, Locale locale) throws IOException {
        CatalogQuery query = new CatalogQuery(q, field, status, unit);
        List<ItemVersion> rows = new ArrayList<>();
        CatalogService.Page p;
        int n = 0;
        do {
            p = catalog.search(query, n++, 1000);
            p.rows().stream().map(CatalogRow::latest).forEach(rows::add);
        } while (n < p.pages());
        CatalogXlsx.write(response, "catalog.xlsx", rows, unitNames(), messages, locale);
    }

    @GetMapping("/items/{code}")
    String item(@PathVariable String code, Model model) {
        CatalogItem item = catalog.get(code);
        model.addAttribute("item", item);
        model.addAttribute("v", item.latest());
        model.addAttribute("checklist", checklists.of(item.latest().id()));
        List<ItemVersion> history = new ArrayList<>(item.versions());
        java.util.Collections.reverse(history); // newest first
        model.addAttribute("history", history);
        model.addAttribute("canEdit", item.status() == ItemStatus.ACTIVE && catalog.maintains(item.unitCode()));
        return ITEM;
    }

    @GetMapping("/items/{code}/versions/{no}")
    String version(@PathVariable String code, @PathVariable int no, Model model) {
        CatalogItem item = catalog.get(code);
        ItemVersion v = item.version(no).orElseThrow(() -> new OutOfScopeException(item.unitCode(), false));
        model.addAttribute("item", item);
        model.addAttribute("v", v);
        model.addAttribute("checklist", checklists.of(v.id()));
        return VERSION;
    }
}
