package io.fairdraw.plan.domain;

import io.fairdraw.organization.OutOfScopeException;
import io.fairdraw.shared.UserError;
import java.util.List;

/**
 * A task names a unit or catalog item outside what its plan may use ({@link TaskScope}): 403 on
 * the API with the offending fields; the form shows them as field errors. Nothing is stored.
 */
public class TaskOutOfScope extends OutOfScopeException {

    private final transient List<UserError> errors;

    TaskOutOfScope(String unitCode, List<UserError> errors) {
        super(unitCode, true);
        this.errors = List.copyOf(errors);
    }

    public List<UserError> errors() {
        return errors;
    }
}
