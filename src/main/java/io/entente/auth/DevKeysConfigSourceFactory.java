package io.entente.auth;

import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

import org.eclipse.microprofile.config.spi.ConfigSource;

import io.smallrye.config.ConfigSourceContext;
import io.smallrye.config.ConfigSourceFactory;
import io.smallrye.config.ConfigValue;
import io.smallrye.config.PropertiesConfigSource;

/**
 * In dev and test, when no token verification key is configured, verifies tokens with {@link DevKeys}. The prod
 * profile never gets a key from here: it must be configured, or writes disabled ({@link VerificationKeyGuard}).
 * Registered through {@code META-INF/services}, below {@code application.properties} and the environment.
 */
public final class DevKeysConfigSourceFactory implements ConfigSourceFactory {

    static final String KEY = "mp.jwt.verify.publickey";
    static final String KEY_LOCATION = "mp.jwt.verify.publickey.location";
    private static final int ORDINAL = 150;

    @Override
    public Iterable<ConfigSource> getConfigSources(ConfigSourceContext context) {
        List<String> profiles = context.getProfiles();
        boolean devOrTest = profiles.contains("dev") || profiles.contains("test");
        if (!devOrTest || isSet(context, KEY) || isSet(context, KEY_LOCATION)) {
            return List.of();
        }
        return List.of(new PropertiesConfigSource(Map.of(KEY, DevKeys.publicKeyPem()), "entente-dev-keys", ORDINAL));
    }

    @Override
    public OptionalInt getPriority() {
        return OptionalInt.of(ORDINAL);
    }

    private static boolean isSet(ConfigSourceContext context, String name) {
        ConfigValue value = context.getValue(name);
        return value != null && value.getValue() != null && !value.getValue().isBlank();
    }
}
