package io.fairdraw.system.web;

import io.fairdraw.system.db.DatabaseUnavailable;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.filter.OncePerRequestFilter;
import tools.jackson.databind.json.JsonMapper;

/**
 * The database down or restarting (DatabaseUnavailable): 503 with a clear message — JSON for
 * {@code /api/**}, a minimal page otherwise — instead of a bare 500, or a 401 from a login that
 * could not read the account. Outermost filter, before the session and security filters, which
 * read the database themselves. The failed request committed nothing (its transaction never got a
 * connection or was rolled back), so a client may retry; Retry-After says when.
 */
@Configuration(proxyBeanMethods = false)
class DatabaseUnavailableFilter {

    private static final Logger log = LoggerFactory.getLogger(DatabaseUnavailableFilter.class);

    @Bean
    FilterRegistrationBean<OncePerRequestFilter> databaseUnavailable(MessageSource messages, JsonMapper json) {
        FilterRegistrationBean<OncePerRequestFilter> bean = new FilterRegistrationBean<>(new OncePerRequestFilter() {
            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                    throws ServletException, IOException {
                try {
                    chain.doFilter(request, response);
                } catch (ServletException | IOException | RuntimeException e) {
                    if (!DatabaseUnavailable.causedBy(e) || response.isCommitted()) {
                        throw e;
                    }
                    log.warn("Database unavailable, answered 503: {} {}: {}", request.getMethod(),
                            request.getRequestURI(), rootMessage(e));
                    Unavailable.write(request, response, messages, json, "api.error.database_unavailable", 5);
                }
            }
        });
        bean.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
        bean.addUrlPatterns("/*");
        return bean;
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.toString();
    }
}
