package io.fairdraw.registry.domain;

import io.fairdraw.shared.UserError;

/**
 * The uploaded file cannot be read as an import at all (wrong type, damaged, no header, missing
 * columns): the whole request is refused with 400 and nothing is stored.
 */
public class BadFileException extends UserError {

    public BadFileException(String messageKey, Object... args) {
        super("file", messageKey, args);
    }
}
