package io.entente.auth;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.entente.config.EntenteConfig;
import io.quarkus.runtime.StartupEvent;

/**
 * Refuses to start a server that accepts writes but cannot verify tokens: with no key, every write would fail,
 * and an operator would learn it from users. Dev and test get a key from {@link DevKeysConfigSourceFactory}.
 */
@ApplicationScoped
public class VerificationKeyGuard {

    private final boolean writesEnabled;
    private final Optional<String> key;
    private final Optional<String> keyLocation;

    public VerificationKeyGuard(EntenteConfig config,
            @ConfigProperty(name = DevKeysConfigSourceFactory.KEY) Optional<String> key,
            @ConfigProperty(name = DevKeysConfigSourceFactory.KEY_LOCATION) Optional<String> keyLocation) {
        this.writesEnabled = config.writes().enabled();
        this.key = key;
        this.keyLocation = keyLocation;
    }

    void check(@Observes StartupEvent event) {
        if (writesEnabled && key.filter(k -> !k.isBlank()).isEmpty() && keyLocation.filter(k -> !k.isBlank()).isEmpty()) {
            throw new IllegalStateException("Writes are enabled but no token verification key is configured: set"
                    + " MP_JWT_VERIFY_PUBLICKEY_LOCATION (a PEM file, JWK set or JWKS URL) or MP_JWT_VERIFY_PUBLICKEY,"
                    + " or ENTENTE_WRITES_ENABLED=false for a read-only server.");
        }
    }
}
