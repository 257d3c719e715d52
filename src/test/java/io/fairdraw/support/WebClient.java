package io.fairdraw.support;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A browser-like HTTP client for integration tests: keeps cookies, does the form login with
 * its CSRF token, posts forms with the page's token, and calls {@code /api/**} with HTTP Basic.
 * Redirects are not followed, so tests see them.
 */
public final class WebClient {

    public static final String DEMO_PASSWORD = "Fairdraw@2026";
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private final String base;
    private final HttpClient http;
    private String csrf;

    public WebClient(int port) {
        this.base = "http://localhost:" + port;
        this.http = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    private WebClient(String base, HttpClient http) {
        this.base = base;
        this.http = http;
    }

    /** The same browser (same cookies) talking to another node on this host: for the two-node tests. */
    public WebClient onPort(int port) {
        WebClient other = new WebClient("http://localhost:" + port, http);
        other.csrf = csrf;
        return other;
    }

    /** Another session (own cookies) on the same server, signed in as {@code username}. */
    public WebClient loggedInAs(String username) {
        WebClient c = new WebClient(base, HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build());
        HttpResponse<String> r = c.login(username, DEMO_PASSWORD);
        if (r.statusCode() != 302 || r.headers().firstValue("Location").orElse("").contains("error")) {
            throw new IllegalStateException("login failed for " + username + ": " + r.statusCode());
        }
        return c;
    }

    public String base() {
        return base;
    }

    public static WebClient loggedIn(int port, String username) {
        WebClient c = new WebClient(port);
        HttpResponse<String> r = c.login(username, DEMO_PASSWORD);
        if (r.statusCode() != 302 || r.headers().firstValue("Location").orElse("").contains("error")) {
            throw new IllegalStateException("login failed for " + username + ": " + r.statusCode());
        }
        return c;
    }

    public HttpResponse<String> login(String username, String password) {
        get("/login");
        return postForm("/login", Map.of("username", username, "password", password));
    }

    public HttpResponse<String> get(String path) {
        HttpResponse<String> r = send(HttpRequest.newBuilder(URI.create(base + path)).GET()
                .header("Accept", "text/html").build());
        Matcher m = CSRF.matcher(r.body());
        if (m.find()) {
            csrf = m.group(1);
        }
        return r;
    }

    /** A GET in the browser session with another Accept header (e.g. the JSON a page's script fetches). */
    public HttpResponse<String> get(String path, String accept) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).GET().header("Accept", accept).build());
    }

    /** Posts a form with the CSRF token of the last page fetched (as a browser would). */
    public HttpResponse<String> postForm(String path, Map<String, String> fields) {
        Map<String, String> all = new LinkedHashMap<>(fields);
        if (csrf != null && !all.containsKey("_csrf")) {
            all.put("_csrf", csrf);
        }
        return postRaw(path, all);
    }

    /** Posts exactly these fields (no token added): for CSRF tests. */
    public HttpResponse<String> postRaw(String path, Map<String, String> fields) {
        String body = fields.entrySet().stream()
                .map(e -> enc(e.getKey()) + "=" + enc(e.getValue())).collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Accept", "text/html")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    public HttpResponse<byte[]> getBytes(String path) {
        try {
            return http.send(HttpRequest.newBuilder(URI.create(base + path)).GET().build(),
                    HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A binary download from the API with HTTP Basic. */
    public HttpResponse<byte[]> getBytesAs(String path, String user) {
        try {
            return http.send(HttpRequest.newBuilder(URI.create(base + path)).GET()
                    .header("Authorization", "Basic " + Base64.getEncoder()
                            .encodeToString((user + ":" + DEMO_PASSWORD).getBytes(StandardCharsets.UTF_8))).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A call to the API with HTTP Basic (null user: anonymous). */
    public HttpResponse<String> api(String method, String path, String user, String password, String json) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).header("Accept", "application/json");
        if (user != null) {
            b.header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)));
        }
        if (json != null) {
            b.header("Content-Type", "application/json");
        }
        b.method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        return send(b.build());
    }

    public HttpResponse<String> api(String method, String path, String user, String json) {
        return api(method, path, user, DEMO_PASSWORD, json);
    }

    /** Uploads a file to the API as {@code multipart/form-data} (field {@code file}) with HTTP Basic. */
    public HttpResponse<String> apiUpload(String path, String user, String fileName, byte[] content) {
        return send(multipart(path, Map.of(), fileName, content)
                .header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString((user + ":" + DEMO_PASSWORD).getBytes(StandardCharsets.UTF_8)))
                .header("Accept", "application/json").build());
    }

    /** Uploads a file from a page's form (field {@code file}) with the page's CSRF token, as a browser would. */
    public HttpResponse<String> postUpload(String path, String fileName, byte[] content) {
        Map<String, String> fields = csrf == null ? Map.of() : Map.of("_csrf", csrf);
        return send(multipart(path, fields, fileName, content).header("Accept", "text/html").build());
    }

    /** One file of a multipart form: field name, file name, bytes. */
    public record FilePart(String field, String fileName, byte[] content) {
    }

    /**
     * Posts a multipart form with fields (repeat a name by listing it in several entries is not
     * needed here) and any number of files, with the CSRF token of the last page, as a browser would.
     */
    public HttpResponse<String> postMultipart(String path, Map<String, String> fields, java.util.List<FilePart> files) {
        String boundary = "----fd" + Long.toHexString(System.nanoTime());
        java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
        Map<String, String> all = new LinkedHashMap<>(fields);
        if (csrf != null && !all.containsKey("_csrf")) {
            all.put("_csrf", csrf);
        }
        StringBuilder head = new StringBuilder();
        all.forEach((k, v) -> head.append("--").append(boundary).append("\r\nContent-Disposition: form-data; name=\"")
                .append(k).append("\"\r\n\r\n").append(v).append("\r\n"));
        body.writeBytes(head.toString().getBytes(StandardCharsets.UTF_8));
        for (FilePart f : files) {
            body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + f.field()
                    + "\"; filename=\"" + f.fileName() + "\"\r\nContent-Type: application/octet-stream\r\n\r\n")
                    .getBytes(StandardCharsets.UTF_8));
            body.writeBytes(f.content());
            body.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
        }
        body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary).header("Accept", "text/html")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build());
    }

    /** Posts a pre-encoded form body as is, plus the page's CSRF token: for malformed-encoding probes. */
    public HttpResponse<String> postEncoded(String path, String encodedBody) {
        String body = encodedBody + (csrf == null ? "" : "&_csrf=" + enc(csrf));
        return send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Accept", "text/html")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    /** An API call with a raw body (e.g. bytes that are not UTF-8) and HTTP Basic. */
    public HttpResponse<String> apiRaw(String method, String path, String user, String contentType, byte[] body) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).header("Accept", "application/json")
                .header("Content-Type", contentType)
                .header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString((user + ":" + DEMO_PASSWORD).getBytes(StandardCharsets.UTF_8)))
                .method(method, HttpRequest.BodyPublishers.ofByteArray(body)).build());
    }

    private HttpRequest.Builder multipart(String path, Map<String, String> fields, String fileName, byte[] content) {
        String boundary = "----fd" + Long.toHexString(System.nanoTime());
        java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
        StringBuilder head = new StringBuilder();
        fields.forEach((k, v) -> head.append("--").append(boundary).append("\r\nContent-Disposition: form-data; name=\"")
                .append(k).append("\"\r\n\r\n").append(v).append("\r\n"));
        head.append("--").append(boundary).append("\r\nContent-Disposition: form-data; name=\"file\"; filename=\"")
                .append(fileName).append("\"\r\nContent-Type: application/octet-stream\r\n\r\n");
        body.writeBytes(head.toString().getBytes(StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()));
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * Posts a multipart form whose one file is {@code size} bytes (JPEG magic, then zeros) generated
     * while sending: for uploads far larger than the test should hold in memory.
     */
    public HttpResponse<String> postMultipartStreamed(String path, Map<String, String> fields, String field,
                                                      String fileName, long size) {
        String boundary = "----fd" + Long.toHexString(System.nanoTime());
        Map<String, String> all = new LinkedHashMap<>(fields);
        if (csrf != null && !all.containsKey("_csrf")) {
            all.put("_csrf", csrf);
        }
        StringBuilder head = new StringBuilder();
        all.forEach((k, v) -> head.append("--").append(boundary).append("\r\nContent-Disposition: form-data; name=\"")
                .append(k).append("\"\r\n\r\n").append(v).append("\r\n"));
        head.append("--").append(boundary).append("\r\nContent-Disposition: form-data; name=\"").append(field)
                .append("\"; filename=\"").append(fileName).append("\"\r\nContent-Type: image/jpeg\r\n\r\n");
        byte[] start = head.toString().getBytes(StandardCharsets.UTF_8);
        byte[] end = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
        java.util.function.Supplier<java.io.InputStream> body = () -> new java.io.SequenceInputStream(
                java.util.Collections.enumeration(java.util.List.of(new java.io.ByteArrayInputStream(start),
                        new java.io.ByteArrayInputStream(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF}),
                        new ZeroStream(size - 3), new java.io.ByteArrayInputStream(end))));
        return send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary).header("Accept", "text/html")
                .POST(HttpRequest.BodyPublishers.fromPublisher(HttpRequest.BodyPublishers.ofInputStream(body),
                        start.length + size + end.length)).build());
    }

    /** {@code remaining} zero bytes. */
    private static final class ZeroStream extends java.io.InputStream {
        private long remaining;

        ZeroStream(long remaining) {
            this.remaining = remaining;
        }

        @Override
        public int read() {
            if (remaining <= 0) {
                return -1;
            }
            remaining--;
            return 0;
        }

        @Override
        public int read(byte[] b, int off, int len) {
            if (remaining <= 0) {
                return -1;
            }
            int n = (int) Math.min(len, remaining);
            java.util.Arrays.fill(b, off, off + n, (byte) 0);
            remaining -= n;
            return n;
        }
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
