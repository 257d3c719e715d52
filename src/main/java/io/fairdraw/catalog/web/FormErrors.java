package io.fairdraw.catalog.web;

import io.fairdraw.shared.UserError;
import org.springframework.validation.BindingResult;

/** Puts a {@link UserError} on the field it names, so the form re-renders with the input kept. */
final class FormErrors {

    private FormErrors() {
    }

    static void reject(BindingResult result, UserError e) {
        if (e.field() != null && result.getFieldErrorCount(e.field()) == 0) {
            result.rejectValue(e.field(), e.messageKey(), e.args(), e.messageKey());
        } else if (e.field() == null) {
            result.reject(e.messageKey(), e.args(), e.messageKey());
        }
    }
}
