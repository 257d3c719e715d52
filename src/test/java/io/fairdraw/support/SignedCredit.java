package io.fairdraw.support;

import io.fairdraw.credit.domain.InboundSignature;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.springframework.jdbc.core.simple.JdbcClient;

/** An external credit source as the tests play it (issue 20 item 3): registered, then signing its requests. */
public final class SignedCredit {

    public static final String PATH = "/api/v1/credit/external-changes";

    private SignedCredit() {
    }

    /** Registers a source directly (the ADMIN page is tested on its own). */
    public static void source(JdbcClient jdbc, String code, String name, String secret) {
        jdbc.sql("INSERT INTO credit_source (code, name, secret, created_by) VALUES (?, ?, ?, 'it')")
                .params(code, name, secret).update();
    }

    /** Posts {@code json} signed with {@code secret} at Unix time {@code timestamp}. */
    public static HttpResponse<String> post(int port, String source, String secret, String json, long timestamp) {
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        String ts = String.valueOf(timestamp);
        return send(port, source, ts, "sha256=" + InboundSignature.sign(secret, ts, body), body);
    }

    public static HttpResponse<String> send(int port, String source, String timestamp, String signature, byte[] body) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://localhost:" + port + PATH))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        if (source != null) {
            b.header(InboundSignature.SOURCE, source);
        }
        if (timestamp != null) {
            b.header(InboundSignature.TIMESTAMP, timestamp);
        }
        if (signature != null) {
            b.header(InboundSignature.SIGNATURE, signature);
        }
        try {
            return HttpClient.newHttpClient().send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public static String change(String changeId, String uscc, String riskClass, String effectiveOn, String reason,
                                String reference) {
        return "{\"changeId\":\"" + changeId + "\",\"uscc\":\"" + uscc + "\",\"riskClass\":\"" + riskClass
                + "\",\"effectiveOn\":\"" + effectiveOn + "\",\"reason\":\"" + reason + "\",\"reference\":\""
                + reference + "\"}";
    }
}
