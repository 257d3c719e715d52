package io.fairdraw.shared;

/** A {@link UserError} caused by the current state of the data, not the input (HTTP 409). */
public class ConflictError extends UserError {

    public ConflictError(String messageKey, Object... args) {
        super(null, messageKey, args);
    }
}
