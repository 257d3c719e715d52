package io.fairdraw.shared;

/**
 * An error the user caused and can fix: a message key (resolved in the user's language), its
 * arguments, and the field it concerns (null for the whole form). Never shown as a stack trace.
 */
public class UserError extends RuntimeException {

    private final String messageKey;
    private final transient Object[] args;
    private final String field;

    public UserError(String field, String messageKey, Object... args) {
        super(messageKey);
        this.field = field;
        this.messageKey = messageKey;
        this.args = args;
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] args() {
        return args.clone();
    }

    public String field() {
        return field;
    }
}
