package io.fairdraw.system.security;

import org.springframework.security.core.AuthenticationException;

/** A login refused by {@link LoginThrottle} before its password was checked; told apart from nothing else. */
class LoginThrottledException extends AuthenticationException {

    LoginThrottledException() {
        super("too many failed logins");
    }
}
