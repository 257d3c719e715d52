package io.fairdraw.system.security;

import io.fairdraw.organization.ApiTokens;
import io.fairdraw.organization.FairdrawUser;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * issue 18 §5: {@code Authorization: Bearer <token>} on the API. The token is looked up by its
 * SHA-256 (no bcrypt); the account comes fresh from the database with its current roles and unit.
 * The authentication lives for this request only: nothing is written to a session. A bad token is
 * a 401, never a fall-back to the session or to Basic.
 */
class BearerTokenFilter extends OncePerRequestFilter {

    private static final String BEARER = "Bearer ";

    private final ApiTokens tokens;
    private final JsonSecurityErrors errors;

    BearerTokenFilter(ApiTokens tokens, JsonSecurityErrors errors) {
        this.tokens = tokens;
        this.errors = errors;
    }

    static boolean isBearer(HttpServletRequest request) {
        String h = request.getHeader(HttpHeaders.AUTHORIZATION);
        return h != null && h.regionMatches(true, 0, BEARER, 0, BEARER.length());
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!isBearer(request)) {
            chain.doFilter(request, response);
            return;
        }
        String token = request.getHeader(HttpHeaders.AUTHORIZATION).substring(BEARER.length()).strip();
        Optional<FairdrawUser> user = tokens.authenticate(token);
        if (user.isEmpty()) {
            SecurityContextHolder.clearContext();
            errors.commence(request, response, new BadCredentialsException("API token unknown, expired or revoked"));
            return;
        }
        var auth = UsernamePasswordAuthenticationToken.authenticated(user.get(), null, user.get().getAuthorities());
        SecurityContextHolder.setContext(new SecurityContextImpl(auth));
        try {
            chain.doFilter(request, response);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
