package io.fairdraw.credit.web;

import io.fairdraw.credit.domain.ExternalCredit;
import io.fairdraw.credit.domain.InboundRefused;
import io.fairdraw.credit.domain.InboundSignature;
import io.fairdraw.shared.UserError;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code POST /api/v1/credit/external-changes} (issue 20 item 3, docs/integration.md): a configured
 * source sends one credit class change, signed (HMAC-SHA256, {@link InboundSignature}); no account
 * or token, the signature is the credential. 201 new, 200 a duplicate of a change already received,
 * 400 a field error naming the field, 401 not authentic or not fresh, 409 the change id reused with
 * other content. Every error is JSON with a Chinese message saying what to do.
 */
@RestController
class InboundCreditController {

    static final int MAX_BODY = 16 * 1024;

    private final InboundSignature signature;
    private final ExternalCredit external;
    private final JsonMapper json;
    private final MessageSource messages;

    InboundCreditController(InboundSignature signature, ExternalCredit external, JsonMapper json, MessageSource messages) {
        this.signature = signature;
        this.external = external;
        this.json = json;
        this.messages = messages;
    }

    @PostMapping("/api/v1/credit/external-changes")
    @Operation(summary = "Receive a signed external credit class change")
    ResponseEntity<Map<String, Object>> receive(@RequestHeader(name = InboundSignature.SOURCE, required = false) String source,
                                                @RequestHeader(name = InboundSignature.TIMESTAMP, required = false) String timestamp,
                                                @RequestHeader(name = InboundSignature.SIGNATURE, required = false) String sig,
                                                HttpServletRequest request) throws IOException {
        byte[] body;
        try (InputStream in = request.getInputStream()) {
            body = in.readNBytes(MAX_BODY + 1);
        }
        if (body.length > MAX_BODY) {
            throw new UserError("body", "credit.inbound.body.too_large", MAX_BODY);
        }
        String code = signature.verify(source, timestamp, sig, body);
        JsonNode node;
        try {
            node = json.readTree(body);
        } catch (RuntimeException e) {
            throw new UserError("body", "credit.inbound.body.invalid");
        }
        if (node == null || !node.isObject()) {
            throw new UserError("body", "credit.inbound.body.invalid");
        }
        ExternalCredit.Received r = external.receive(code, text(node, "changeId"), text(node, "uscc"),
                text(node, "riskClass"), text(node, "effectiveOn"), text(node, "reason"), text(node, "reference"),
                "HTTP", "source:" + code);
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("id", r.id());
        out.put("changeId", text(node, "changeId").strip());
        out.put("outcome", r.outcome().name());
        out.put("riskClass", r.riskClass() == null ? null : r.riskClass().name());
        return ResponseEntity.status(r.outcome() == ExternalCredit.Outcome.DUPLICATE ? HttpStatus.OK : HttpStatus.CREATED)
                .body(out);
    }

    /** Not authentic or not fresh: 401 naming the header; nothing was read or stored. */
    @ExceptionHandler(InboundRefused.class)
    ResponseEntity<Map<String, Object>> refused(InboundRefused e, Locale locale) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", 401);
        body.put("error", "unauthorized");
        body.put("code", e.messageKey());
        body.put("message", messages.getMessage(e.messageKey(), e.args(), e.messageKey(), locale));
        body.put("field", e.field());
        return ResponseEntity.status(HttpStatus.UNAUTHORIZED).body(body);
    }

    private static String text(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v == null || v.isNull() ? null : v.isValueNode() ? v.asString() : v.toString();
    }
}
