package io.fairdraw.shared;

import org.springframework.validation.BindException;
import org.springframework.validation.BindingResult;

/** Puts a {@link UserError} on the form field it names (or on the form), so the form re-renders with the input kept. */
public final class FormErrors {

    private FormErrors() {
    }

    /**
     * A request body's Bean Validation errors, answered only once the caller is authorised: with
     * {@code @Valid} and a {@link BindingResult} parameter Spring collects them without answering,
     * so a caller who may not write gets 403/404, never a 400 about the body (docs/security.md).
     */
    public static void requireValid(BindingResult result) throws BindException {
        if (result.hasErrors()) {
            throw new BindException(result);
        }
    }

    /** A field that already shows an error keeps that one (one message per field). */
    public static void reject(BindingResult result, UserError e) {
        if (e.field() == null) {
            result.reject(e.messageKey(), e.args(), e.messageKey());
        } else if (result.getFieldErrorCount(e.field()) == 0) {
            result.rejectValue(e.field(), e.messageKey(), e.args(), e.messageKey());
        }
    }
}
