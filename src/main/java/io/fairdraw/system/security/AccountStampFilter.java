package io.fairdraw.system.security;

import io.fairdraw.organization.AccountStamps;
import io.fairdraw.organization.FairdrawUser;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * issue 18 §4: a session follows its account. Each request signed in through a session compares
 * the account's security stamp (one primary-key lookup) with the one it signed in with; an account
 * disabled, moved to another unit, given other roles or a new password since then is no longer
 * signed in: the session is invalidated and the request goes on anonymous (the login page, or a
 * 401 from the API). Its sessions are also deleted when the change is made (AccountSessionReaper);
 * this check covers what that cannot (a change made on another node, or straight in the database).
 */
class AccountStampFilter extends OncePerRequestFilter {

    private final AccountStamps stamps;

    AccountStampFilter(AccountStamps stamps) {
        this.stamps = stamps;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null && auth.getPrincipal() instanceof FairdrawUser user) {
            var current = stamps.stampWhileEnabled(user.accountId());
            if (current.isEmpty() || current.getAsLong() != user.securityStamp()) {
                SecurityContextHolder.clearContext();
                HttpSession session = request.getSession(false);
                if (session != null) {
                    session.invalidate();
                }
            }
        }
        chain.doFilter(request, response);
    }
}
