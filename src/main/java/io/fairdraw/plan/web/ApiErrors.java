package io.fairdraw.plan.web;

import io.fairdraw.shared.UserError;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * The plan API's error body, one shape for plans, tasks and amendments: the status, a code, the
 * first error's message and field, then every error with its field, code and message in the
 * caller's language (the house rule: say what and where).
 */
final class ApiErrors {

    private ApiErrors() {
    }

    static ResponseEntity<Map<String, Object>> of(MessageSource messages, HttpStatus status, String code,
                                                  List<UserError> errors, Locale locale) {
        List<Map<String, Object>> list = errors.stream().map(err -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("field", err.field());
            m.put("code", err.messageKey());
            m.put("message", messages.getMessage(err.messageKey(), err.args(), err.messageKey(), locale));
            return m;
        }).toList();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", status.value());
        body.put("error", status.name().toLowerCase(Locale.ROOT));
        body.put("code", code);
        if (!list.isEmpty()) {
            body.put("message", list.get(0).get("message"));
            body.put("field", list.get(0).get("field"));
        }
        body.put("errors", list);
        return ResponseEntity.status(status).body(body);
    }
}
