package io.entente.ops;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Optional;

import org.junit.jupiter.api.Test;

import io.entente.config.EntenteConfig;
import io.entente.config.TestSettings;

/** The dev overlay's committed password never runs outside a deployment that says it is dev. */
class DevOnlySecretsGuardTest {

    private static final EntenteConfig DEFAULTS = TestSettings.of();
    private static final EntenteConfig ALLOWED = TestSettings.of("entente.allow-dev-only-secrets", "true");

    @Test
    void theDevOnlyPasswordIsRefusedUnlessAllowed() {
        assertThrows(IllegalStateException.class,
                () -> new DevOnlySecretsGuard(Optional.of(DevOnlySecretsGuard.DEV_ONLY_PASSWORD), DEFAULTS).check(null));
        assertDoesNotThrow(() -> new DevOnlySecretsGuard(Optional.of(DevOnlySecretsGuard.DEV_ONLY_PASSWORD), ALLOWED).check(null));
    }

    @Test
    void anyOtherPasswordOrNoneIsAccepted() {
        assertDoesNotThrow(() -> new DevOnlySecretsGuard(Optional.of("s3cret"), DEFAULTS).check(null));
        assertDoesNotThrow(() -> new DevOnlySecretsGuard(Optional.empty(), DEFAULTS).check(null));
    }
}
