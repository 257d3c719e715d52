package io.fairdraw.inspector.web;

import io.fairdraw.inspector.Eligibility;
import io.fairdraw.inspector.InspectorEligibility;
import io.fairdraw.inspector.domain.ImportResult;
import io.fairdraw.inspector.domain.InspectorDetails;
import io.fairdraw.inspector.domain.InspectorImport;
import io.fairdraw.inspector.domain.InspectorInvalid;
import io.fairdraw.inspector.domain.InspectorService;
import io.fairdraw.organization.OutOfScopeException;
import io.fairdraw.shared.BusinessClock;
import jakarta.validation.Valid;
import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.BindException;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** The directory for integrations, within the caller's scope; personal data masked as on the pages. */
@RestController
@RequestMapping("/api/v1/inspectors")
class InspectorApiController {

    record InspectorView(String id, String name, String unitCode, String certificateNo, LocalDate certificateExpiry,
                         Set<?> specialties, String status, boolean jointPool, String phone, String idNumber,
                         boolean eligibleToday, List<Eligibility.Reason> reasons, List<Eligibility.Reason> warnings,
                         String officeCode) {
        static InspectorView of(InspectorDetails d, LocalDate today) {
            var i = d.inspector();
            Eligibility e = InspectorEligibility.check(i, today);
            return new InspectorView(i.id().value(), i.name(), i.unitCode(), i.certificateNo(), i.certificateExpiry(),
                    i.specialties(), i.status().name(), i.jointPool(), d.phone(), d.idNumber(), e.eligible(),
                    e.reasons(), e.warnings(), i.officeCode());
        }
    }

    private final InspectorService inspectors;
    private final InspectorImport importer;
    private final MessageSource messages;
    private final Clock clock;

    InspectorApiController(InspectorService inspectors, InspectorImport importer, MessageSource messages, Clock clock) {
        this.inspectors = inspectors;
        this.importer = importer;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping("/{id}")
    InspectorView get(@PathVariable String id) {
        return InspectorView.of(inspectors.forViewer(inspectors.get(id)), BusinessClock.today(clock));
    }

    @PutMapping("/{id}")
    InspectorView update(@PathVariable String id, @Valid @RequestBody InspectorForm form, BindingResult errors)
            throws BindException {
        InspectorDetails d = inspectors.get(id);
        inspectors.requireMaintainer(d.inspector().unitCode());
        io.fairdraw.shared.FormErrors.requireValid(errors);
        inspectors.update(id, form.toDraft(d.inspector().unitCode()));
        return get(id);
    }

    /** The same import as the page; rows outside the caller's unit are errors on 所属单位代码. */
    @PostMapping("/imports")
    ImportResult importFile(@RequestParam("file") MultipartFile file) throws IOException {
        if (!inspectors.maintains(io.fairdraw.shared.Actor.current().map(io.fairdraw.shared.Actor::unitCode).orElse(""))) {
            throw new OutOfScopeException(null, true);
        }
        try (InputStream in = file.getInputStream()) {
            return importer.run(in, LocaleContextHolder.getLocale());
        }
    }

    /** Every field error of the inspector, in the caller's language. */
    @ExceptionHandler(InspectorInvalid.class)
    ResponseEntity<Map<String, Object>> invalid(InspectorInvalid e) {
        Locale locale = LocaleContextHolder.getLocale();
        List<Map<String, Object>> errors = e.errors().stream().map(u -> Map.<String, Object>of("field",
                u.field() == null ? "" : u.field(), "message",
                messages.getMessage(u.messageKey(), u.args(), u.messageKey(), locale))).toList();
        return body(e.field(), errors.get(0).get("message"), errors);
    }

    private static ResponseEntity<Map<String, Object>> body(String field, Object message, List<?> errors) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", 400);
        body.put("error", "bad_request");
        body.put("code", "api.error.invalid");
        body.put("message", message);
        if (field != null) {
            body.put("field", field);
        }
        if (!errors.isEmpty()) {
            body.put("errors", errors);
        }
        return ResponseEntity.badRequest().body(body);
    }
}
