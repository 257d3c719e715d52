package io.fairdraw.credit.web;

import io.fairdraw.credit.domain.CreditService;
import io.fairdraw.organization.OutOfScopeException;
import io.swagger.v3.oas.annotations.Operation;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/v1/credit/{uscc}}: the entity's class, credit records and class changes, for other systems. */
@RestController
class CreditApiController {

    private final CreditService service;

    CreditApiController(CreditService service) {
        this.service = service;
    }

    @GetMapping("/api/v1/credit/{uscc}")
    @Operation(summary = "Credit records and risk class of an entity")
    Map<String, Object> credit(@PathVariable String uscc) {
        CreditService.EntityCredit c = service.of(uscc).orElseThrow(() -> new OutOfScopeException(uscc, false));
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("uscc", c.uscc());
        out.put("name", c.name());
        out.put("riskClass", c.riskClass() == null ? null : c.riskClass().name());
        out.put("records", c.records().stream().map(r -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", r.id());
            m.put("category", r.category());
            m.put("severity", r.severity().name());
            m.put("unitCode", r.unitCode());
            m.put("itemCode", r.itemCode());
            m.put("itemName", r.itemName());
            m.put("foundOn", r.foundOn().toString());
            m.put("approvedOn", r.approvedOn().toString());
            m.put("inspectionRecord", r.inspectionRecord());
            m.put("valid", r.valid());
            return m;
        }).toList());
        out.put("classChanges", c.changes().stream().map(ch -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("from", ch.fromClass());
            m.put("to", ch.toClass());
            m.put("rule", ch.ruleCode());
            m.put("creditRecord", ch.creditRecordId());
            m.put("inspectionRecord", ch.inspectionRecord());
            m.put("at", ch.at().toString());
            return m;
        }).toList());
        return out;
    }
}
