package io.fairdraw.catalog.web;

import io.fairdraw.catalog.ItemVersion;
import io.fairdraw.catalog.domain.CatalogItem;
import io.fairdraw.catalog.domain.CatalogService;
import io.fairdraw.organization.OutOfScopeException;
import io.fairdraw.organization.Scope;
import io.fairdraw.organization.Scopes;
import io.fairdraw.shared.BusinessClock;
import io.fairdraw.shared.FormErrors;
import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.BindException;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The catalog for integrations, within the caller's scope; writes as the unit's LIAISON. */
@RestController
@RequestMapping("/api/v1/catalog")
class CatalogApiController {

    record ItemView(String code, String unitCode, String status, boolean sample, LocalDate retiredOn,
                    String retireReason, List<ItemVersion> versions) {
        static ItemView of(CatalogItem i) {
            return new ItemView(i.code(), i.unitCode(), i.status().name(), i.sample(), i.retiredOn(), i.retireReason(),
                    i.versions());
        }
    }

    private final CatalogService catalog;
    private final Scopes scopes;
    private final Clock clock;

    CatalogApiController(CatalogService catalog, Scopes scopes, Clock clock) {
        this.catalog = catalog;
        this.scopes = scopes;
        this.clock = clock;
    }

    /** The versions in force on {@code date} (default today) of the active items the caller may read. */
    @GetMapping("/items")
    List<ItemVersion> inForce(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                              LocalDate date) {
        Scope scope = scopes.current();
        String[] units = scope.readableArrayOrNull();
        return catalog.inForce(date == null ? BusinessClock.today(clock) : date, units == null ? null : Arrays.asList(units));
    }

    @GetMapping("/items/{code}")
    ItemView item(@PathVariable String code) {
        return ItemView.of(catalog.get(code));
    }

    @GetMapping("/versions/{id}")
    ItemVersion version(@PathVariable long id) {
        ItemVersion v = catalog.version(id).orElseThrow(() -> new OutOfScopeException(null, false));
        scopes.current().requireRead(v.unitCode());
        return v;
    }

    @PostMapping("/items")
    ResponseEntity<ItemView> create(@Valid @RequestBody CatalogForm form, BindingResult errors) throws BindException {
        catalog.requireMayCreate();
        FormErrors.requireValid(errors);
        CatalogItem item = catalog.create(form.code(), form.toContent(), form.effectiveFrom(), form.reason());
        return ResponseEntity.status(HttpStatus.CREATED).body(ItemView.of(item));
    }

    @PostMapping("/items/{code}/versions")
    ResponseEntity<ItemVersion> revise(@PathVariable String code, @Valid @RequestBody CatalogForm form,
                                       BindingResult errors) throws BindException {
        catalog.requireMayRevise(code);
        FormErrors.requireValid(errors);
        return ResponseEntity.status(HttpStatus.CREATED)
                .body(catalog.revise(code, form.toContent(), form.effectiveFrom(), form.reason()));
    }
}
