package io.fairdraw.inspector.domain;

import io.fairdraw.shared.UserError;
import java.util.List;

/** Several field errors at once, so a form or an import row shows all of them. */
public class InspectorInvalid extends UserError {

    private final transient List<UserError> errors;

    public InspectorInvalid(List<UserError> errors) {
        super(errors.get(0).field(), errors.get(0).messageKey(), errors.get(0).args());
        this.errors = List.copyOf(errors);
    }

    public List<UserError> errors() {
        return errors;
    }
}
