package io.fairdraw.system.security;

import io.fairdraw.organization.AccountStamps;
import io.fairdraw.organization.ApiTokens;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpHeaders;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.header.HeaderWriterFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * Three chains: {@code /api/**} (Bearer tokens, Basic where enabled, or the browser's session;
 * JSON errors), the public portal, and everything else for people (form login, CSRF, database
 * sessions). Every session-authenticated request re-checks its account (AccountStampFilter). URL rules by role are here in one place; data scoping is the
 * organisation module's {@code Scope}.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; "
            + "font-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; "
            + "frame-ancestors 'none'";

    /**
     * bcrypt with the configured cost (fairdraw.security.bcrypt-strength, 10 by default: Spring's and
     * OWASP's floor). An operator raises it as machines get faster; the shared integration-test
     * application lowers it to 4 (support/AppIT), where thousands of demo logins would otherwise cost
     * minutes. Production refuses a cost below 10.
     */
    @Bean
    PasswordEncoder passwordEncoder(@Value("${fairdraw.security.bcrypt-strength:10}") int strength,
                                    org.springframework.core.env.Environment env) {
        if (strength < 10 && env.matchesProfiles("prod")) {
            throw new IllegalStateException("fairdraw.security.bcrypt-strength must be at least 10 in production");
        }
        return new BCryptPasswordEncoder(strength);
    }

    /**
     * The API (issue 18 §5): {@code Authorization: Bearer} tokens for integrations (SHA-256 lookup,
     * no bcrypt), HTTP Basic only where {@code fairdraw.api.basic-enabled} (the demo default; off in
     * {@code prod}), and the browser's own session so that pages can call it (the audit log's
     * verify buttons). Nothing here creates a session. A session-authenticated write needs the
     * session's CSRF token, as a form does; a Bearer or Basic request carries its credentials
     * itself and needs none. The 401 never challenges with Basic, so a browser never prompts for
     * (and caches) a password for the API.
     */
    @Bean
    @Order(1)
    SecurityFilterChain apiChain(HttpSecurity http, JsonSecurityErrors errors, ApiTokens tokens, AccountStamps stamps,
                                 @Value("${fairdraw.api.basic-enabled:true}") boolean basicEnabled) throws Exception {
        http.securityMatcher("/api/**")
                .authorizeHttpRequests(a -> a
                        .requestMatchers("/api/v1/audit/**").hasAnyRole("AUDITOR", "ADMIN")
                        // DRAW-PROTOCOL.md §4: roster and conflict texts are for the AUDITOR role.
                        .requestMatchers("/api/v1/draws/*/roster.csv", "/api/v1/draws/*/conflicts.csv").hasRole("AUDITOR")
                        // issue 20 item 3: an external credit source authenticates by its HMAC signature, not an account
                        .requestMatchers(org.springframework.http.HttpMethod.POST, "/api/v1/credit/external-changes").permitAll()
                        .anyRequest().authenticated())
                .addFilterAfter(new AccountStampFilter(stamps), SecurityContextHolderFilter.class)
                .addFilterBefore(new BearerTokenFilter(tokens, errors), BasicAuthenticationFilter.class)
                .exceptionHandling(e -> e.authenticationEntryPoint(errors).accessDeniedHandler(errors))
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.NEVER))
                .requestCache(r -> r.disable())
                .csrf(c -> c.requireCsrfProtectionMatcher(r -> sessionWrite(r, basicEnabled)))
                .headers(h -> headers(h));
        if (basicEnabled) {
            http.httpBasic(b -> b.authenticationEntryPoint(errors));
        }
        return http.build();
    }

    /** A write that can only be authenticated by the browser's session cookie: it needs the CSRF token. */
    static boolean sessionWrite(HttpServletRequest r, boolean basicEnabled) {
        String m = r.getMethod();
        if (m.equals("GET") || m.equals("HEAD") || m.equals("OPTIONS") || m.equals("TRACE")) {
            return false;
        }
        String auth = r.getHeader(HttpHeaders.AUTHORIZATION);
        boolean carriesCredentials = BearerTokenFilter.isBearer(r)
                || (basicEnabled && auth != null && auth.regionMatches(true, 0, "Basic ", 0, 6));
        return !carriesCredentials && r.getRequestedSessionId() != null;
    }

    /**
     * The public portal (一公开, no login): read-only pages and open data. Its one write is the 异议 form
     * (POST /public/results/{id}/objection, issue 20 item 4), which anyone may send without an account:
     * a forged filing can do no more than a real one, so there is nothing for CSRF to protect; it is
     * rate-limited and its upload bounded like every other. A lean chain, measured in bench/portal: no CSRF token, saved request, logout
     * or form-login filter on the busiest pages, but the same headers (CSP) and the signed-in user
     * still recognised from the session for the portal bar. No servlet API wrapper (the portal reads
     * the user from the security context, never from {@code request.getRemoteUser()}) and headers
     * written before the page rather than through a response wrapper: every request attribute a
     * template reads or sets (each variable of each row) went through one wrapper per layer.
     */
    @Bean
    @Order(2)
    SecurityFilterChain publicChain(HttpSecurity http) throws Exception {
        http.securityMatcher("/public/**")
                .authorizeHttpRequests(a -> a.anyRequest().permitAll())
                .csrf(c -> c.disable())
                .requestCache(r -> r.disable())
                .logout(l -> l.disable())
                .servletApi(s -> s.disable())
                .headers(h -> headers(h).addObjectPostProcessor(new ObjectPostProcessor<HeaderWriterFilter>() {
                    @Override
                    public <O extends HeaderWriterFilter> O postProcess(O filter) {
                        filter.setShouldWriteHeadersEagerly(true);
                        return filter;
                    }
                }));
        return http.build();
    }

    @Bean
    @Order(3)
    SecurityFilterChain webChain(HttpSecurity http, LoginFailureHandler failureHandler, AccountStamps stamps)
            throws Exception {
        http.addFilterAfter(new AccountStampFilter(stamps), SecurityContextHolderFilter.class)
                .authorizeHttpRequests(a -> a
                        .requestMatchers("/login", "/error", "/error/**", "/webjars/**", "/css/**", "/js/**",
                                "/img/**", "/favicon.ico", "/v3/api-docs", "/v3/api-docs/**", "/v3/api-docs.yaml",
                                "/v3/api-docs.yaml/*", "/swagger-ui/**",
                                "/swagger-ui.html").permitAll()
                        .requestMatchers("/admin/**").hasRole("ADMIN")
                        .requestMatchers("/audit/draws/**").hasRole("AUDITOR")
                        .requestMatchers("/audit/**").hasAnyRole("AUDITOR", "ADMIN")
                        .anyRequest().authenticated())
                .formLogin(f -> f.loginPage("/login").defaultSuccessUrl("/", false).failureHandler(failureHandler)
                        .permitAll())
                .logout(l -> l.logoutUrl("/logout").logoutSuccessUrl("/login?logout").permitAll())
                .sessionManagement(s -> s.sessionFixation(f -> f.changeSessionId()))
                .headers(h -> headers(h));
        return http.build();
    }

    private static org.springframework.security.config.annotation.web.configurers.HeadersConfigurer<HttpSecurity> headers(
            org.springframework.security.config.annotation.web.configurers.HeadersConfigurer<HttpSecurity> h) {
        return h.contentSecurityPolicy(c -> c.policyDirectives(CSP))
                .frameOptions(f -> f.deny())
                .referrerPolicy(r -> r.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN));
    }
}
