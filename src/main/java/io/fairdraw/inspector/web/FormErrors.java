package io.fairdraw.inspector.web;

import io.fairdraw.inspector.domain.InspectorInvalid;
import io.fairdraw.shared.UserError;
import java.util.List;
import org.springframework.validation.BindingResult;

/** Puts each {@link UserError} on the field it names, so the form re-renders with the input kept. */
final class FormErrors {

    private FormErrors() {
    }

    static void reject(BindingResult result, UserError e) {
        List<UserError> all = e instanceof InspectorInvalid many ? many.errors() : List.of(e);
        for (UserError u : all) {
            if (u.field() == null || "unitCode".equals(u.field())) {
                result.reject(u.messageKey(), u.args(), u.messageKey());
            } else if (result.getFieldErrorCount(u.field()) == 0) {
                result.rejectValue(u.field(), u.messageKey(), u.args(), u.messageKey());
            }
        }
    }
}
