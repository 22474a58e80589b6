package io.entente.db;

import java.util.List;
import java.util.OptionalInt;

import org.eclipse.microprofile.config.spi.ConfigSource;

import io.smallrye.config.ConfigSourceContext;
import io.smallrye.config.ConfigSourceFactory;
import io.smallrye.config.ConfigValue;

/**
 * Points the datasource at an embedded PostgreSQL in dev and test when no database is configured.
 *
 * <p>Registered through {@code META-INF/services}. Its ordinal sits below {@code application.properties}
 * and the environment, so any configured URL wins and nothing is embedded. The prod profile never embeds.
 */
public final class EmbeddedDatabaseConfigSourceFactory implements ConfigSourceFactory {

    static final int ORDINAL = 150;

    @Override
    public Iterable<ConfigSource> getConfigSources(ConfigSourceContext context) {
        List<String> profiles = context.getProfiles();
        boolean devOrTest = profiles.contains("dev") || profiles.contains("test");
        if (!devOrTest || isSet(context, "quarkus.datasource.reactive.url") || isSet(context, "quarkus.datasource.jdbc.url")
                || "false".equalsIgnoreCase(valueOf(context, "entente.embedded-database.enabled"))) {
            return List.of();
        }
        return List.of(new EmbeddedDatabaseConfigSource(ORDINAL));
    }

    @Override
    public OptionalInt getPriority() {
        return OptionalInt.of(ORDINAL);
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
