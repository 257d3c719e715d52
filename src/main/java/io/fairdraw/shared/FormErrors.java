package io.fairdraw.shared;

import org.springframework.validation.BindingResult;

/** Puts a {@link UserError} on the form field it names (or on the form), so the form re-renders with the input kept. */
public final class FormErrors {

    private FormErrors() {
    }

    public static void reject(BindingResult result, UserError e) {
        if (e.field() != null) {
            result.rejectValue(e.field(), e.messageKey(), e.args(), e.messageKey());
        } else {
            result.reject(e.messageKey(), e.args(), e.messageKey());
        }
    }
}
