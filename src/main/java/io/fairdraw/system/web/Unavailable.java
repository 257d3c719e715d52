package io.fairdraw.system.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.web.util.HtmlUtils;
import tools.jackson.databind.json.JsonMapper;

/**
 * A 503 answer with a clear message and Retry-After: JSON for {@code /api/**} (the API's error
 * shape), a minimal page otherwise. Shared by the filters that refuse a request before it did
 * anything (database down, public portal over its share of the server).
 */
final class Unavailable {

    private Unavailable() {
    }

    static void write(HttpServletRequest request, HttpServletResponse response, MessageSource messages,
                      JsonMapper json, String code, int retryAfterSeconds) throws IOException {
        Locale locale = request.getHeader("Accept-Language") == null ? Locale.SIMPLIFIED_CHINESE : request.getLocale();
        String message = messages.getMessage(code, null, locale);
        response.resetBuffer();
        response.setStatus(503);
        response.setHeader("Retry-After", Integer.toString(retryAfterSeconds));
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("status", 503);
            body.put("error", "service_unavailable");
            body.put("code", code);
            body.put("message", message);
            body.put("path", request.getRequestURI());
            response.setContentType(MediaType.APPLICATION_JSON_VALUE);
            response.getWriter().write(json.writeValueAsString(body));
        } else {
            response.setContentType(MediaType.TEXT_HTML_VALUE);
            response.getWriter().write("<!DOCTYPE html><html lang=\"" + locale.toLanguageTag() + "\"><meta charset=\"utf-8\">"
                    + "<title>503</title><p>" + HtmlUtils.htmlEscape(message) + "</p></html>");
        }
    }
}
