package io.fairdraw.system.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.springframework.context.MessageSource;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.LocaleResolver;

/**
 * Sends the user back to the login form with a message that says what happened and, when the
 * account is locked, when to try again; the typed user name is kept.
 */
@Component
class LoginFailureHandler implements AuthenticationFailureHandler {

    static final String ERROR = "loginError";
    static final String USERNAME = "loginUsername";
    private static final DateTimeFormatter HH_MM = DateTimeFormatter.ofPattern("HH:mm").withZone(ZoneId.of("Asia/Shanghai"));

    private final MessageSource messages;
    private final UserDetailsService users;
    private final LocaleResolver locales;

    LoginFailureHandler(MessageSource messages, UserDetailsService users, LocaleResolver locales) {
        this.messages = messages;
        this.users = users;
        this.locales = locales;
    }

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
                                        AuthenticationException e) throws IOException {
        ServerSideFailures.rethrow(e, "login");
        String username = request.getParameter("username");
        // Security filters run before the DispatcherServlet: resolve the locale ourselves.
        var locale = locales.resolveLocale(request);
        String message;
        if (e instanceof LockedException) {
            message = messages.getMessage("login.error.locked", new Object[] {retryAt(username)}, locale);
        } else if (e instanceof DisabledException) {
            message = messages.getMessage("login.error.disabled", null, locale);
        } else {
            message = messages.getMessage("login.error.bad_credentials", null, locale);
        }
        var session = request.getSession();
        session.setAttribute(ERROR, message);
        session.setAttribute(USERNAME, username == null ? "" : username);
        response.sendRedirect(request.getContextPath() + "/login?error");
    }

    private String retryAt(String username) {
        try {
            var user = (io.fairdraw.organization.FairdrawUser) users.loadUserByUsername(username);
            Instant until = user.lockedUntil();
            return until == null ? "" : HH_MM.format(until);
        } catch (RuntimeException ex) {
            return "";
        }
    }
}
