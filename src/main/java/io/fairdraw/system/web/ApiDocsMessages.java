package io.fairdraw.system.web;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.tags.Tag;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Collections;
import java.util.Set;
import org.springdoc.core.customizers.OpenApiLocaleCustomizer;
import org.springframework.context.MessageSource;

/**
 * Resolves the {@code openapi.*} message keys that annotations and group customizers put into the
 * OpenAPI document, in the request's language (zh-CN by default; issue 21 item 3). springdoc
 * resolves operation and parameter texts itself; this covers what it leaves — the info (per group),
 * tag names (also where operations name them) and schema descriptions — and anything else with a
 * key. A text that is not a key stays as written.
 */
final class ApiDocsMessages implements OpenApiLocaleCustomizer {

    static final String PREFIX = "openapi.";

    private final MessageSource messages;

    ApiDocsMessages(MessageSource messages) {
        this.messages = messages;
    }

    @Override
    public void customise(OpenAPI api, Locale locale) {
        // Locale customizers run before a group's own customizers, so the info is set here, for the
        // group the document's paths belong to: only /public/** is the public group.
        String group = api.getPaths() != null && !api.getPaths().isEmpty()
                && api.getPaths().keySet().stream().allMatch(p -> p.startsWith("/public/"))
                ? ApiDocsConfiguration.PUBLIC : ApiDocsConfiguration.INTERNAL;
        if (api.getInfo() == null) {
            api.info(new Info());
        }
        api.getInfo().title(text(PREFIX + "info." + group + ".title", locale))
                .description(text(PREFIX + "info." + group + ".description", locale));
        if (api.getTags() != null) {
            for (Tag t : api.getTags()) {
                t.name(tag(t.getName(), locale)).description(text(t.getDescription(), locale));
            }
        }
        if (api.getPaths() != null) {
            api.getPaths().values().forEach(item -> item.readOperations().forEach(op -> operation(op, locale)));
        }
        if (api.getComponents() != null && api.getComponents().getSchemas() != null) {
            Set<Schema<?>> seen = Collections.newSetFromMap(new IdentityHashMap<>());
            api.getComponents().getSchemas().forEach((name, s) -> {
                named(name, s, locale);
                schema(s, locale, seen);
            });
        }
    }

    /**
     * An operation without annotations (another module's controller) is named by its operation id:
     * {@code openapi.op.<operationId>.summary} and {@code openapi.op.<operationId>.param.<name>}.
     */
    private void operation(Operation op, Locale locale) {
        String byId = PREFIX + "op." + op.getOperationId();
        String own = ownKey(op);
        String summary = own == null ? null : optional(own + ".summary", locale);
        op.summary(summary != null ? summary
                : op.getSummary() == null ? optional(byId + ".summary", locale) : text(op.getSummary(), locale));
        String description = own == null ? null : optional(own + ".description", locale);
        op.description(description != null ? description : text(op.getDescription(), locale));
        if (op.getTags() != null) {
            op.tags(op.getTags().stream().map(t -> tag(t, locale)).toList());
        }
        if (op.getParameters() != null) {
            for (Parameter p : op.getParameters()) {
                String param = own == null ? null : optional(own + ".param." + p.getName(), locale);
                p.description(param != null ? param
                        : p.getDescription() == null ? optional(byId + ".param." + p.getName(), locale)
                        : text(p.getDescription(), locale));
            }
        }
        if (op.getResponses() != null) {
            for (ApiResponse r : op.getResponses().values()) {
                r.description(text(r.getDescription(), locale));
            }
        }
    }

    /**
     * The key of an operation by its controller's tag and Java method name,
     * {@code openapi.op.<controller-tag>.<method>}: stable, unlike the operation id, whose {@code _1},
     * {@code _2} suffixes for like-named methods follow bean order. A text under this key wins over an
     * annotation's English summary, so the internal group reads in the reader's language (issue 21 item 3).
     */
    private static String ownKey(Operation op) {
        if (op.getTags() == null || op.getTags().isEmpty() || op.getOperationId() == null) {
            return null;
        }
        return PREFIX + "op." + op.getTags().get(0) + "." + op.getOperationId().replaceFirst("_\\d+$", "");
    }

    /** A tag springdoc named after a controller class ({@code public-log-controller}) has the key {@code openapi.tag.<name>}. */
    private String tag(String name, Locale locale) {
        if (name == null || name.startsWith(PREFIX)) {
            return text(name, locale);
        }
        String named = optional(PREFIX + "tag." + name, locale);
        return named == null ? name : named;
    }

    private String optional(String key, Locale locale) {
        return messages.getMessage(key, null, null, locale);
    }

    /**
     * A schema of another module's record, without annotations: {@code openapi.schema.<Name>} and
     * {@code openapi.schema.<Name>.<property>}.
     */
    @SuppressWarnings("rawtypes")
    private void named(String name, Schema<?> s, Locale locale) {
        String key = PREFIX + "schema." + name;
        if (s.getDescription() == null) {
            s.description(optional(key, locale));
        }
        Map<String, Schema> properties = s.getProperties();
        if (properties != null) {
            properties.forEach((p, ps) -> {
                if (ps.getDescription() == null && ps.get$ref() == null) {
                    ps.description(optional(key + "." + p, locale));
                }
            });
        }
    }

    @SuppressWarnings({"rawtypes", "unchecked"})
    private void schema(Schema<?> s, Locale locale, Set<Schema<?>> seen) {
        if (s == null || !seen.add(s)) {
            return;
        }
        s.title(text(s.getTitle(), locale));
        s.description(text(s.getDescription(), locale));
        Map<String, Schema> properties = s.getProperties();
        if (properties != null) {
            properties.values().forEach(p -> schema(p, locale, seen));
        }
        schema(s.getItems(), locale, seen);
        for (List<Schema> parts : List.of(nonNull(s.getAllOf()), nonNull(s.getAnyOf()), nonNull(s.getOneOf()))) {
            parts.forEach(p -> schema(p, locale, seen));
        }
    }

    @SuppressWarnings("rawtypes")
    private static List<Schema> nonNull(List<Schema> list) {
        return list == null ? List.of() : list;
    }

    String text(String value, Locale locale) {
        if (value == null || !value.startsWith(PREFIX)) {
            return value;
        }
        return messages.getMessage(value, null, value, locale);
    }
}
