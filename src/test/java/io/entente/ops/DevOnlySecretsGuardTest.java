package io.entente.ops;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Optional;

import org.junit.jupiter.api.Test;

/** The dev overlay's committed password never runs outside a deployment that says it is dev. */
class DevOnlySecretsGuardTest {

    @Test
    void theDevOnlyPasswordIsRefusedUnlessAllowed() {
        assertThrows(IllegalStateException.class,
                () -> new DevOnlySecretsGuard(Optional.of(DevOnlySecretsGuard.DEV_ONLY_PASSWORD), false).check(null));
        assertDoesNotThrow(() -> new DevOnlySecretsGuard(Optional.of(DevOnlySecretsGuard.DEV_ONLY_PASSWORD), true).check(null));
    }

    @Test
    void anyOtherPasswordOrNoneIsAccepted() {
        assertDoesNotThrow(() -> new DevOnlySecretsGuard(Optional.of("s3cret"), false).check(null));
        assertDoesNotThrow(() -> new DevOnlySecretsGuard(Optional.empty(), false).check(null));
    }
}
