package io.entente.db;

import java.lang.reflect.InvocationTargetException;
import java.util.Map;
import java.util.Set;

import org.eclipse.microprofile.config.spi.ConfigSource;

/**
 * Answers the datasource settings with those of the embedded server, starting it on first use.
 *
 * <p>The URLs are answered by {@link #getValue} only and never listed in {@link #getPropertyNames}:
 * Quarkus reads listed names during build-time augmentation, which would start the server then and
 * bake its URL into the build. The credentials, on the contrary, must be listed or Flyway connects
 * as the operating-system user.
 */
final class EmbeddedDatabaseConfigSource implements ConfigSource {

    private static final Map<String, String> CREDENTIALS = Map.of(
            "quarkus.datasource.username", EmbeddedPostgresServer.USER,
            "quarkus.datasource.password", EmbeddedPostgresServer.PASSWORD);

    private final int ordinal;

    EmbeddedDatabaseConfigSource(int ordinal) {
        this.ordinal = ordinal;
    }

    @Override
    public Set<String> getPropertyNames() {
        return CREDENTIALS.keySet();
    }

    @Override
    public String getValue(String propertyName) {
        return switch (propertyName) {
            case "quarkus.datasource.reactive.url" -> "postgresql://localhost:" + embeddedPort()
                    + "/" + EmbeddedPostgresServer.DATABASE;
            case "quarkus.datasource.jdbc.url" -> "jdbc:postgresql://localhost:" + embeddedPort()
                    + "/" + EmbeddedPostgresServer.DATABASE;
            case "entente.database.embedded" -> "true";
            default -> CREDENTIALS.get(propertyName);
        };
    }

    /**
     * Reaches the server through reflection so that native-image analysis (which links every reachable type at
     * build time) never sees it: the embedded server and its library exist in dev and test only.
     */
    private static int embeddedPort() {
        try {
            return (int) Class.forName("io.entente.db.EmbeddedPostgresServer").getDeclaredMethod("port").invoke(null);
        } catch (InvocationTargetException e) {
            throw new IllegalStateException("The embedded PostgreSQL server did not start", e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("The embedded PostgreSQL server exists in dev and test only", e);
        }
    }

    @Override
    public int getOrdinal() {
        return ordinal;
    }

    @Override
    public String getName() {
        return "entente-embedded-postgresql";
    }
}
