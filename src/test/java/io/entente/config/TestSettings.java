package io.entente.config;

import java.util.HashMap;
import java.util.Map;

import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.runtime.configuration.MemorySizeConverter;
import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfigBuilder;

/** {@link EntenteConfig} built from the given properties and the mapping's defaults, for tests without Quarkus. */
public final class TestSettings {

    private TestSettings() {
    }

    /** @param properties name/value pairs: {@code "entente.page.max-size", "0"} */
    public static EntenteConfig of(String... properties) {
        Map<String, String> values = new HashMap<>();
        for (int i = 0; i < properties.length; i += 2) {
            values.put(properties[i], properties[i + 1]);
        }
        return new SmallRyeConfigBuilder()
                .withSources(new PropertiesConfigSource(values, "test", 500))
                .withConverter(MemorySize.class, 100, new MemorySizeConverter()) // Quarkus registers it; a bare builder does not
                .withMapping(EntenteConfig.class)
                .build()
                .getConfigMapping(EntenteConfig.class);
    }
}
