package io.fairdraw.system.security;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.HeaderWriterFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * Two chains: {@code /api/**} for integration accounts (HTTP Basic, stateless, JSON errors, no
 * CSRF since no browser session is involved) and everything else for people (form login, CSRF,
 * database sessions). URL rules by role are here in one place; data scoping is the
 * organisation module's {@code Scope}.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; "
            + "font-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; "
            + "frame-ancestors 'none'";

    @Bean
    PasswordEncoder passwordEncoder() {
        return new BCryptPasswordEncoder();
    }

    @Bean
    @Order(1)
    SecurityFilterChain apiChain(HttpSecurity http, JsonSecurityErrors errors) throws Exception {
        http.securityMatcher("/api/**")
                .authorizeHttpRequests(a -> a
                        .requestMatchers("/api/v1/audit/**").hasAnyRole("AUDITOR", "ADMIN")
                        // DRAW-PROTOCOL.md §4: roster and conflict texts are for the AUDITOR role.
                        .requestMatchers("/api/v1/draws/*/roster.csv", "/api/v1/draws/*/conflicts.csv").hasRole("AUDITOR")
                        .anyRequest().authenticated())
                .httpBasic(b -> b.authenticationEntryPoint(errors))
                .exceptionHandling(e -> e.authenticationEntryPoint(errors).accessDeniedHandler(errors))
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(c -> c.disable())
                .headers(h -> headers(h));
        return http.build();
    }

    /**
     * The public portal (一公开, no login): read-only pages and open data, GET only (no controller
     * under {@code /public/**} accepts a write, so a POST there is a 405 and there is nothing for
     * CSRF to protect). A lean chain, measured in bench/portal: no CSRF token, saved request, logout
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
    SecurityFilterChain webChain(HttpSecurity http, LoginFailureHandler failureHandler) throws Exception {
        http.authorizeHttpRequests(a -> a
                        .requestMatchers("/login", "/error", "/error/**", "/webjars/**", "/css/**", "/js/**",
                                "/img/**", "/favicon.ico", "/v3/api-docs", "/v3/api-docs/**", "/v3/api-docs.yaml", "/swagger-ui/**",
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
