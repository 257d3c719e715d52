package io.fairdraw.system.web;

import io.fairdraw.organization.OutOfScopeException;
import io.fairdraw.shared.UserError;
import jakarta.servlet.http.HttpServletRequest;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/**
 * Errors a controller did not handle itself: out-of-scope access becomes 404 (existence not
 * revealed) or 403; a {@link UserError} becomes 400 with its message. API paths get JSON,
 * pages get the Chinese error pages; no stack trace is ever shown.
 */
@ControllerAdvice
class ErrorAdvice {

    private final MessageSource messages;

    ErrorAdvice(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(OutOfScopeException.class)
    Object outOfScope(OutOfScopeException e, HttpServletRequest request) {
        HttpStatus status = e.visible() ? HttpStatus.FORBIDDEN : HttpStatus.NOT_FOUND;
        return respond(request, status, e.visible() ? "api.error.forbidden" : "api.error.not_found", null, null);
    }

    @ExceptionHandler(UserError.class)
    Object userError(UserError e, HttpServletRequest request) {
        HttpStatus status = e instanceof io.fairdraw.shared.ConflictError ? HttpStatus.CONFLICT : HttpStatus.BAD_REQUEST;
        return respond(request, status, e.messageKey(), e.args(), e.field());
    }

    private Object respond(HttpServletRequest request, HttpStatus status, String key, Object[] args, String field) {
        String message = messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
        if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("status", status.value());
            body.put("error", status.name().toLowerCase(java.util.Locale.ROOT));
            body.put("code", key);
            body.put("message", message);
            if (field != null) {
                body.put("field", field);
            }
            return ResponseEntity.status(status).body(body);
        }
        ModelAndView page = new ModelAndView("error/" + status.value());
        page.setStatus(status);
        page.addObject("message", message);
        return page;
    }
}
