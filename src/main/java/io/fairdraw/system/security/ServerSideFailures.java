package io.fairdraw.system.security;

import io.fairdraw.system.db.DatabaseUnavailable;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.security.authentication.InternalAuthenticationServiceException;
import org.springframework.security.core.AuthenticationException;

/**
 * An authentication that failed on the server's side is not a wrong password: both the API's 401
 * and the login form's message would blame the user. The database away is rethrown for
 * DatabaseUnavailableFilter (503); any other internal failure propagates as a 500, logged.
 */
final class ServerSideFailures {

    private ServerSideFailures() {
    }

    static void rethrow(AuthenticationException e, String what) {
        if (DatabaseUnavailable.causedBy(e)) {
            throw new DataAccessResourceFailureException(what + ": database unavailable", e);
        }
        if (e instanceof InternalAuthenticationServiceException) {
            throw e;
        }
    }
}
