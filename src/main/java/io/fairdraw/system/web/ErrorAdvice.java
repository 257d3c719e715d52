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

    /**
     * Input PostgreSQL refuses to store or compare — a NUL character (SQLSTATE 22021/22P05), a value
     * longer than its column (22001), a CHECK the form did not check first (23514) — is the user's
     * input, not a server fault: 400 with a message instead of a 500 (docs/security.md, probes).
     */
    @ExceptionHandler(org.springframework.dao.DataAccessException.class)
    Object rejectedByDatabase(org.springframework.dao.DataAccessException e, HttpServletRequest request) {
        String state = sqlState(e);
        String key = switch (state == null ? "" : state) {
            case "22021", "22P05" -> "error.input.invalid_character";
            case "22001" -> "error.input.too_long";
            case "23514" -> "error.input.rejected";
            default -> null;
        };
        if (key == null) {
            throw e;
        }
        return respond(request, HttpStatus.BAD_REQUEST, key, null, null);
    }

    /**
     * An API body that fails Bean Validation: 400 naming the field, with its (Chinese) message. Also
     * what a controller throws when it checks the body only after the caller
     * ({@code FormErrors.requireValid}); {@code MethodArgumentNotValidException} is a {@code BindException}.
     */
    @ExceptionHandler(org.springframework.validation.BindException.class)
    Object invalidBody(org.springframework.validation.BindException e, HttpServletRequest request) {
        var error = e.getBindingResult().getFieldError();
        if (error == null) {
            return respond(request, HttpStatus.BAD_REQUEST, "error.input.rejected", null, null);
        }
        String message = messages.getMessage(error, LocaleContextHolder.getLocale());
        if (!request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            ModelAndView page = new ModelAndView("error/400");
            page.setStatus(HttpStatus.BAD_REQUEST);
            page.addObject("message", message);
            return page;
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", 400);
        body.put("error", "bad_request");
        body.put("code", "api.error.invalid");
        body.put("message", message);
        body.put("field", error.getField());
        return ResponseEntity.badRequest().body(body);
    }

    /** A body that is not JSON, not UTF-8, or not the expected shape: 400 with a message, never a 500. */
    @ExceptionHandler(org.springframework.http.converter.HttpMessageNotReadableException.class)
    Object unreadable(org.springframework.http.converter.HttpMessageNotReadableException e, HttpServletRequest request) {
        return respond(request, HttpStatus.BAD_REQUEST, "error.input.unreadable", null, null);
    }

    private static String sqlState(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof java.sql.SQLException s && s.getSQLState() != null) {
                return s.getSQLState();
            }
        }
        return null;
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
