package io.fairdraw.exchange;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * A receiver (also used by system/CrashRestartIT) as docs/integration.md asks one to be, on the JDK's HttpServer: it checks the signature
 * with its own HMAC code (not the application's), applies each Idempotency-Key once and answers 200 to
 * a repeat. {@link #mode} makes it fail (503), hang past the client's timeout without applying, or apply
 * and then answer late (the client has given up, so the message comes again).
 */
public final class ReceiverServer implements AutoCloseable {

    public enum Mode { OK, DOWN, HANG, APPLY_THEN_LATE }

    public final String secret;
    public volatile Mode mode = Mode.OK;
    public final List<String> received = new CopyOnWriteArrayList<>();
    public final Map<String, String> applied = new ConcurrentHashMap<>();
    public final AtomicInteger badSignatures = new AtomicInteger();
    private final HttpServer server;
    private final ExecutorService executor = Executors.newFixedThreadPool(4);

    public ReceiverServer(String secret) throws IOException {
        this.secret = secret;
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/inbox", this::handle);
        server.setExecutor(executor);
        server.start();
    }

    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/inbox";
    }

    private void handle(HttpExchange x) throws IOException {
        byte[] body = x.getRequestBody().readAllBytes();
        String key = x.getRequestHeaders().getFirst("Idempotency-Key");
        received.add(key);
        if (!("sha256=" + hmac(body)).equals(x.getRequestHeaders().getFirst("X-Fairdraw-Signature"))) {
            badSignatures.incrementAndGet();
            answer(x, 401);
            return;
        }
        Mode m = mode;
        if (m == Mode.DOWN) {
            answer(x, 503);
            return;
        }
        if (m == Mode.HANG) {
            pause(700);
            answer(x, 504);
            return;
        }
        boolean first = applied.putIfAbsent(key, new String(body, StandardCharsets.UTF_8)) == null;
        if (first && m == Mode.APPLY_THEN_LATE) {
            pause(700);
        }
        answer(x, 200);
    }

    private String hmac(byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(body));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static void pause(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void answer(HttpExchange x, int status) throws IOException {
        try (x) {
            x.sendResponseHeaders(status, -1);
        } catch (IOException e) {
            // the client gave up (timeout): nothing to answer to
        }
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
