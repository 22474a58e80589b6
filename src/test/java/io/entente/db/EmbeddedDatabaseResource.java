package io.entente.db;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

import io.entente.auth.DevKeys;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * For the {@code *IT} tests: the packaged application runs in the prod profile, which never embeds a
 * database, so the test starts one and hands the application its URL (and the test's fixtures their JDBC URL).
 */
public class EmbeddedDatabaseResource implements QuarkusTestResourceLifecycleManager {

    static final String JDBC_URL_PROPERTY = "io.entente.test.jdbc-url";

    private EmbeddedPostgres server;

    @Override
    public Map<String, String> start() {
        try {
            server = EmbeddedPostgres.builder().start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String jdbcUrl = "jdbc:postgresql://localhost:" + server.getPort() + "/postgres";
        System.setProperty(JDBC_URL_PROPERTY, jdbcUrl);
        return Map.of(
                "quarkus.datasource.reactive.url", "postgresql://localhost:" + server.getPort() + "/postgres",
                "quarkus.datasource.username", "postgres",
                "quarkus.datasource.password", "postgres",
                "entente.sample-data.load", "true",
                "quarkus.smallrye-graphql.ui.enabled", "true",
                // the other origin io.entente.http.CorsTest calls from; prod allows none until configured
                "quarkus.http.cors.origins", "https://app.example",
                // see %test.quarkus.shutdown.timeout in application.properties
                "quarkus.shutdown.timeout", "1s",
                // the prod profile gets no dev key; the tests sign their tokens with this one (TestTokens)
                "mp.jwt.verify.publickey", DevKeys.publicKeyPem());
    }

    @Override
    public void stop() {
        System.clearProperty(JDBC_URL_PROPERTY);
        try {
            if (server != null) {
                server.close();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
