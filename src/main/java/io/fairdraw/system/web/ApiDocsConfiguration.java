package io.fairdraw.system.web;

import java.util.Locale;
import org.springdoc.core.customizers.OpenApiLocaleCustomizer;
import org.springdoc.core.models.GroupedOpenApi;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The API documentation in two groups (issue 21 item 3): {@code public} — the portal's open data and
 * draw files, no login, the only group the portal links — and {@code internal} — the authenticated
 * {@code /api/**} for integrations and the office's own pages, never listed in the public group.
 * Titles and descriptions are message keys ({@code openapi.*}; no Chinese in Java, house style §6)
 * resolved in the reader's language, zh-CN by default ({@link ApiDocsMessages}).
 */
@Configuration(proxyBeanMethods = false)
class ApiDocsConfiguration {

    static final String PUBLIC = "public";
    static final String INTERNAL = "internal";

    @Bean
    GroupedOpenApi publicApi(MessageSource messages) {
        return GroupedOpenApi.builder().group(PUBLIC).displayName(name(messages, PUBLIC))
                .pathsToMatch("/public/**").build();
    }

    @Bean
    GroupedOpenApi internalApi(MessageSource messages) {
        return GroupedOpenApi.builder().group(INTERNAL).displayName(name(messages, INTERNAL))
                .pathsToMatch("/api/**").build();
    }

    /** Resolves every {@code openapi.*} key left in the document (info, tags, operations, schemas). */
    @Bean
    OpenApiLocaleCustomizer apiDocsMessages(MessageSource messages) {
        return new ApiDocsMessages(messages);
    }

    /** The group's name in the Swagger UI's selector: fixed at start-up, so in the default language. */
    private static String name(MessageSource messages, String group) {
        return messages.getMessage("openapi.group." + group, null, Locale.SIMPLIFIED_CHINESE);
    }
}
