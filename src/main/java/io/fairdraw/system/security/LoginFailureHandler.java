package io.fairdraw.system.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.context.MessageSource;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.LocaleResolver;

/**
 * Sends the user back to the login form with the typed user name kept. issue 18 §6: an unknown
 * name, a wrong password, a disabled account and a throttled attempt all get the same message,
 * so the form tells an attacker nothing about the account.
 */
@Component
class LoginFailureHandler implements AuthenticationFailureHandler {

    static final String ERROR = "loginError";
    static final String USERNAME = "loginUsername";

    private final MessageSource messages;
    private final LocaleResolver locales;

    LoginFailureHandler(MessageSource messages, LocaleResolver locales) {
        this.messages = messages;
        this.locales = locales;
    }

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
                                        AuthenticationException e) throws IOException {
        ServerSideFailures.rethrow(e, "login");
        String username = request.getParameter("username");
        // Security filters run before the DispatcherServlet: resolve the locale ourselves.
        var locale = locales.resolveLocale(request);
        var session = request.getSession();
        session.setAttribute(ERROR, messages.getMessage("login.error.refused", null, locale));
        session.setAttribute(USERNAME, username == null ? "" : username);
        response.sendRedirect(request.getContextPath() + "/login?error");
    }
}
