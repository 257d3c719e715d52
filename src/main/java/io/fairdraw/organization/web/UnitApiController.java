package io.fairdraw.organization.web;

import io.fairdraw.organization.OutOfScopeException;
import io.fairdraw.organization.domain.Unit;
import io.fairdraw.organization.domain.UnitService;
import io.fairdraw.organization.domain.UnitService.ContactForm;
import jakarta.validation.Valid;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Units for integrations: read within scope (404 outside), contact details of the own unit. */
@RestController
class UnitApiController {

    private final UnitService units;

    UnitApiController(UnitService units) {
        this.units = units;
    }

    @GetMapping("/api/v1/units/{code}")
    Unit get(@PathVariable String code) {
        return units.visible(code).orElseThrow(() -> new OutOfScopeException(code, false));
    }

    @PutMapping("/api/v1/units/{code}/contact")
    Unit updateContact(@PathVariable String code, @Valid @RequestBody ContactForm form) {
        units.updateContact(code, form);
        return units.visible(code).orElseThrow();
    }
}
