package io.entente.db;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * One embedded PostgreSQL server per JVM, started on first use.
 *
 * <p>Dev-mode hot reload and each test profile re-create the config source in a new class loader, where
 * a static field starts empty; the port kept in a system property lets them all reuse the running server.
 * Zonky's shutdown hook stops it and removes its data folder when the JVM exits.
 */
final class EmbeddedPostgresServer {

    static final String USER = "postgres";
    static final String PASSWORD = "postgres";
    static final String DATABASE = "postgres";
    // outside entente.*, whose every key must be a setting of EntenteConfig
    private static final String PORT_PROPERTY = "io.entente.embedded-database.port";

    private EmbeddedPostgresServer() {
    }

    static synchronized int port() {
        String running = System.getProperty(PORT_PROPERTY);
        if (running != null) {
            return Integer.parseInt(running);
        }
        int port = start().getPort();
        System.setProperty(PORT_PROPERTY, Integer.toString(port));
        return port;
    }

    private static EmbeddedPostgres start() {
        try {
            return EmbeddedPostgres.builder()
                    .setPGStartupWait(Duration.ofSeconds(60))
                    .setServerConfig("max_connections", "200")
                    .setServerConfig("fsync", "off")
                    .setServerConfig("synchronous_commit", "off")
                    .start();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the embedded PostgreSQL server", e);
        }
    }
}
