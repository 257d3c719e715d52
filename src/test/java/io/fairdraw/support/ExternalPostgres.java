package io.fairdraw.support;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;

/**
 * A PostgreSQL the application does not own (the zonky binaries, as {@code ExternalDatabaseIT}
 * uses them), on a fixed port and a data directory that survives {@link #stop()}, so a test can
 * restart the database under a running application or point two application nodes at it.
 */
public final class ExternalPostgres implements AutoCloseable {

    public static final String USER = "fd_ext";
    public static final String PASSWORD = "ext-secret";
    public static final String DATABASE = "fairdraw_ext";

    private final Path dataDir;
    private final int port;
    private final Path binaries;
    private EmbeddedPostgres server;

    private ExternalPostgres(Path dataDir, int port, Path binaries) {
        this.dataDir = dataDir;
        this.port = port;
        this.binaries = binaries;
    }

    /** Initialises a server in {@code dataDir} with the application's role and database. */
    public static ExternalPostgres create(Path dataDir) throws SQLException {
        return create(dataDir, null);
    }

    /**
     * The same, with the server binaries of a zonky binaries jar (another major version than the
     * class path's), or the class path's when {@code binariesJar} is null.
     */
    public static ExternalPostgres create(Path dataDir, Path binariesJar) throws SQLException {
        ExternalPostgres pg = new ExternalPostgres(dataDir, freePort(), binariesJar);
        pg.start();
        try (Connection c = pg.server.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE ROLE " + USER + " LOGIN PASSWORD '" + PASSWORD + "'");
            s.execute("CREATE DATABASE " + DATABASE + " OWNER " + USER);
        }
        return pg;
    }

    /** Starts (again) on the same port and data directory. */
    public void start() {
        try {
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder().setLocaleConfig("locale", "C")
                    .setDataDirectory(dataDir).setCleanDataDirectory(false).setPort(port);
            if (binaries != null) {
                builder.setPgBinaryResolver((system, machine) -> {
                    java.util.zip.ZipFile zip = new java.util.zip.ZipFile(binaries.toFile());
                    var entry = zip.getEntry("postgres-" + system.toLowerCase(java.util.Locale.ROOT) + "-" + machine + ".txz");
                    if (entry == null) {
                        zip.close();
                        throw new IOException("no binaries for " + system + "-" + machine + " in " + binaries);
                    }
                    return new java.io.FilterInputStream(zip.getInputStream(entry)) {
                        @Override
                        public void close() throws IOException {
                            super.close();
                            zip.close();
                        }
                    };
                });
            }
            server = builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Stops the server (fast shutdown: open connections are terminated); the data stays. */
    public void stop() {
        try {
            server.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public int port() {
        return port;
    }

    public Path dataDir() {
        return dataDir;
    }

    public String url() {
        return "jdbc:postgresql://localhost:" + port + "/" + DATABASE;
    }

    /** FAIRDRAW_DB_URL/_USER/_PASSWORD for an application process. */
    public Map<String, String> appEnv() {
        return Map.of("FAIRDRAW_DB_URL", url(), "FAIRDRAW_DB_USER", USER, "FAIRDRAW_DB_PASSWORD", PASSWORD);
    }

    /** A connection as the superuser to the application's database. */
    public Connection connect() throws SQLException {
        return DriverManager.getConnection(url(), "postgres", "postgres");
    }

    public long count(String sql, Object... params) throws SQLException {
        try (Connection c = connect(); var s = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                s.setObject(i + 1, params[i]);
            }
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    public String string(String sql, Object... params) throws SQLException {
        try (Connection c = connect(); var s = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                s.setObject(i + 1, params[i]);
            }
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        }
    }

    /** Waits until no backend of the application is connected any more (after its JVM was killed). */
    public void awaitNoAppBackends() throws Exception {
        long deadline = System.nanoTime() + 60_000_000_000L;
        while (count("SELECT count(*) FROM pg_stat_activity WHERE usename = ?", USER) > 0) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("application backends still connected");
            }
            Thread.sleep(100);
        }
    }

    @Override
    public void close() {
        if (server != null) {
            stop();
        }
    }

    private static int freePort() {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
