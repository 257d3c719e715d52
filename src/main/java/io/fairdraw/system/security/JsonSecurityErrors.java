package io.fairdraw.system.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/** 401 and 403 for {@code /api/**} as JSON bodies, in the caller's language (zh-CN by default). */
@Component
class JsonSecurityErrors implements AuthenticationEntryPoint, AccessDeniedHandler {

    private final MessageSource messages;
    private final JsonMapper json;

    JsonSecurityErrors(MessageSource messages, JsonMapper json) {
        this.messages = messages;
        this.json = json;
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException {
        ServerSideFailures.rethrow(e, "authentication");
        // issue 18 §6: locked, throttled, disabled and wrong all answer the same. issue 18 §5: never a
        // Basic challenge, so a browser never prompts for and caches a password for the API.
        String key = "api.error.unauthorized_token";
        response.setHeader("WWW-Authenticate", "Bearer realm=\"fairdraw\"");
        write(response, 401, "unauthorized", key, request);
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e)
            throws IOException {
        write(response, 403, "forbidden", "api.error.forbidden", request);
    }

    /** The security filters run before the locale resolver: zh-CN unless the client asks otherwise. */
    private static java.util.Locale locale(HttpServletRequest request) {
        return request.getHeader("Accept-Language") == null ? java.util.Locale.SIMPLIFIED_CHINESE : request.getLocale();
    }

    private void write(HttpServletResponse response, int status, String error, String key, HttpServletRequest request)
            throws IOException {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", status);
        body.put("error", error);
        body.put("message", messages.getMessage(key, null, locale(request)));
        body.put("path", request.getRequestURI());
        response.setStatus(status);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.getWriter().write(json.writeValueAsString(body));
    }
}
