package io.fairdraw.system.web;

import java.time.Duration;
import java.util.Locale;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;
import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;
import tools.jackson.databind.json.JsonMapper;

/**
 * zh-CN by default; {@code ?lang=en} switches to English and is remembered in a cookie.
 *
 * <p>Static resources are served from three prefixes only ({@code spring.web.resources.add-mappings=false}
 * turns Boot's {@code /**} mapping off), and links to them are not rewritten. Why: with the WebJars
 * locator on the class path Boot registers the resource URL encoding filter, which wraps every
 * request and response and looks every {@code @{…}} link of every page up among the static-resource
 * mappings; under {@code /**} each page link missed four class-path locations, uncached — the largest
 * cost of a portal page in bench/portal's profile, and still a large one with narrower mappings
 * (figures in bench/portal/README.md). Version-less WebJar paths ({@code /webjars/htmx.org/dist/htmx.min.js}) are resolved
 * when served (the WebJars resolver of the resource chain), so the rewriting only added versioned
 * URLs for far-future caching, which these pages do not use (responses are {@code no-store}).
 */
@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

    @Bean
    LocaleResolver localeResolver() {
        CookieLocaleResolver resolver = new CookieLocaleResolver("fairdraw-lang");
        resolver.setDefaultLocale(Locale.SIMPLIFIED_CHINESE);
        resolver.setCookieMaxAge(Duration.ofDays(365));
        return resolver;
    }

    /** Replaces Boot's resource URL encoding filter, switched off (see above). */
    @Bean
    FilterRegistrationBean<ResourceUrlEncodingFilter> noResourceUrlEncoding() {
        FilterRegistrationBean<ResourceUrlEncodingFilter> off = new FilterRegistrationBean<>(new ResourceUrlEncodingFilter());
        off.setEnabled(false);
        return off;
    }

    /** Right after the 503 for a database outage (DatabaseUnavailableFilter), before the session and security filters. */
    @Bean
    FilterRegistrationBean<PortalShareFilter> portalShare(PortalShareProperties properties, MessageSource messages,
                                                         JsonMapper json) {
        FilterRegistrationBean<PortalShareFilter> bean = new FilterRegistrationBean<>(
                new PortalShareFilter(properties, messages, json));
        bean.setOrder(Ordered.HIGHEST_PRECEDENCE + 2);
        bean.addUrlPatterns("/public", "/public/*");
        return bean;
    }

    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        registry.addResourceHandler("/css/**").addResourceLocations("classpath:/static/css/").resourceChain(true);
        registry.addResourceHandler("/js/**").addResourceLocations("classpath:/static/js/").resourceChain(true);
        // resourceChain adds the WebJars (locator-lite) resolver for version-less WebJar paths
        registry.addResourceHandler("/webjars/**").addResourceLocations("classpath:/META-INF/resources/webjars/")
                .resourceChain(true);
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        LocaleChangeInterceptor lang = new LocaleChangeInterceptor();
        lang.setParamName("lang");
        registry.addInterceptor(lang);
    }
}
