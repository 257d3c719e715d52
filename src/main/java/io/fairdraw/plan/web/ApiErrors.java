package io.fairdraw.plan.web;

import io.fairdraw.plan.domain.TaskOutOfScope;
import io.fairdraw.plan.domain.TaskService;
import io.fairdraw.shared.UserError;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * The plan API's errors, one shape for plans, tasks and amendments: the status, a code, the first
 * error's message and field, then every error with its field, code and message in the caller's
 * language (the house rule: say what and where). A task refused by the task form's checks or
 * scope answers the same on every plan API route.
 */
@RestControllerAdvice(assignableTypes = {PlanApiController.class, PlanAmendmentApiController.class})
class ApiErrors {

    private final MessageSource messages;

    ApiErrors(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(TaskService.InvalidTask.class)
    ResponseEntity<Map<String, Object>> invalid(TaskService.InvalidTask e, Locale locale) {
        return of(HttpStatus.BAD_REQUEST, "api.error.invalid", e.errors(), locale);
    }

    @ExceptionHandler(TaskOutOfScope.class)
    ResponseEntity<Map<String, Object>> outOfScope(TaskOutOfScope e, Locale locale) {
        return of(HttpStatus.FORBIDDEN, "api.error.forbidden", e.errors(), locale);
    }

    ResponseEntity<Map<String, Object>> of(HttpStatus status, String code, List<UserError> errors, Locale locale) {
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
