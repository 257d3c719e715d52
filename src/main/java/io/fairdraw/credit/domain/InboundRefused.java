package io.fairdraw.credit.domain;

import io.fairdraw.shared.UserError;

/** A request to the inbound endpoint that is not authentic or not fresh: 401, naming the header. */
public class InboundRefused extends UserError {

    public InboundRefused(String header, String messageKey, Object... args) {
        super(header, messageKey, args);
    }

    @Override
    public synchronized Throwable fillInStackTrace() {
        return this; // a refused request, not a fault
    }
}
