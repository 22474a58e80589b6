package io.entente.db;

import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

import org.eclipse.microprofile.config.spi.ConfigSource;

import io.smallrye.config.ConfigSourceContext;
import io.smallrye.config.ConfigSourceFactory;
import io.smallrye.config.ConfigValue;
import io.smallrye.config.PropertiesConfigSource;

/**
 * Completes the datasource settings. In dev and test with no database configured, it points both URLs at an
 * embedded PostgreSQL. With only the reactive URL configured (any profile), it derives Flyway's JDBC URL
 * from it, so that operators set one URL.
 *
 * <p>Registered through {@code META-INF/services}. Its ordinal sits below {@code application.properties}
 * and the environment, so whatever is configured wins. The prod profile never embeds.
 */
public final class EmbeddedDatabaseConfigSourceFactory implements ConfigSourceFactory {

    static final int ORDINAL = 150;
    private static final String REACTIVE_URL = "quarkus.datasource.reactive.url";
    private static final String JDBC_URL = "quarkus.datasource.jdbc.url";

    @Override
    public Iterable<ConfigSource> getConfigSources(ConfigSourceContext context) {
        String reactiveUrl = valueOf(context, REACTIVE_URL);
        boolean reactiveSet = reactiveUrl != null && !reactiveUrl.isBlank();
        if (reactiveSet && !isSet(context, JDBC_URL)) {
            return List.of(new PropertiesConfigSource(Map.of(JDBC_URL, jdbcUrlOf(reactiveUrl)), "entente-derived-jdbc-url", ORDINAL));
        }
        List<String> profiles = context.getProfiles();
        boolean devOrTest = profiles.contains("dev") || profiles.contains("test");
        if (!devOrTest || reactiveSet || isSet(context, JDBC_URL)
                || "false".equalsIgnoreCase(valueOf(context, "entente.embedded-database.enabled"))) {
            return List.of();
        }
        return List.of(new EmbeddedDatabaseConfigSource(ORDINAL));
    }

    @Override
    public OptionalInt getPriority() {
        return OptionalInt.of(ORDINAL);
    }

    /**
     * {@code postgresql://user@db:5432/entente?sslmode=require} becomes {@code jdbc:postgresql://db:5432/entente?sslmode=require};
     * credentials never go in the JDBC URL (Flyway takes them from the username and password settings).
     */
    static String jdbcUrlOf(String reactiveUrl) {
        String url = reactiveUrl.trim().replaceFirst("^(postgresql|postgres)://", "postgresql://").replaceFirst("//[^/@]*@", "//");
        return url.startsWith("jdbc:") ? url : "jdbc:" + url;
    }

    private static boolean isSet(ConfigSourceContext context, String name) {
        String value = valueOf(context, name);
        return value != null && !value.isBlank();
    }

    private static String valueOf(ConfigSourceContext context, String name) {
        ConfigValue value = context.getValue(name);
        return value == null ? null : value.getValue();
    }
}
