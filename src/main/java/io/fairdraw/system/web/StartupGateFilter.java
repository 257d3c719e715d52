package io.fairdraw.system.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.boot.availability.ApplicationAvailability;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.filter.OncePerRequestFilter;
import tools.jackson.databind.json.JsonMapper;

/**
 * Ready before it answers (issue 21 §9): Tomcat listens before start-up seeding (calendars, the
 * first administrator or the demo accounts) is done, so a login in that moment would read an empty
 * account table and answer 密码错误. Until Spring Boot declares the application ready
 * (ReadinessState.ACCEPTING_TRAFFIC, published after every ApplicationRunner has finished), every
 * request gets 503 系统正在启动 with Retry-After. Outermost filter: nothing behind it runs.
 */
@Configuration(proxyBeanMethods = false)
class StartupGateFilter {

    @Bean
    FilterRegistrationBean<OncePerRequestFilter> startupGate(ApplicationAvailability availability,
                                                             MessageSource messages, JsonMapper json) {
        FilterRegistrationBean<OncePerRequestFilter> bean = new FilterRegistrationBean<>(new OncePerRequestFilter() {
            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                    throws ServletException, IOException {
                if (availability.getReadinessState() != ReadinessState.ACCEPTING_TRAFFIC) {
                    Unavailable.write(request, response, messages, json, "api.error.starting", 2);
                    return;
                }
                chain.doFilter(request, response);
            }
        });
        bean.setOrder(Ordered.HIGHEST_PRECEDENCE);
        bean.addUrlPatterns("/*");
        return bean;
    }
}
