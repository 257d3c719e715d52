package io.fairdraw.system.web;

import java.time.Duration;
import java.util.Locale;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/**
 * zh-CN by default; {@code ?lang=en} switches to English and is remembered in a cookie.
 *
 * <p>Static resources are served from three prefixes only ({@code spring.web.resources.add-mappings=false}
 * turns Boot's {@code /**} mapping off). Why: with the WebJars locator on the class path Boot
 * registers the resource URL encoding filter, which looks every {@code @{…}} link of every page up
 * among the static-resource mappings; under {@code /**} each page link ({@code /public/results},
 * …) matched and missed four class-path locations, uncached — 65 % of the CPU of a portal page in
 * the portal benchmark (bench/portal). With these prefixes a page link matches no mapping and is
 * left alone; CSS, JS and WebJar links still resolve (WebJar paths to their versioned location).
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
