package io.entente.auth;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Optional;

import org.junit.jupiter.api.Test;

import io.entente.config.EntenteConfig;
import io.entente.config.TestSettings;

/** A server that accepts writes must be able to verify the tokens that authorize them. */
class VerificationKeyGuardTest {

    private static final EntenteConfig WRITES = TestSettings.of();
    private static final EntenteConfig READ_ONLY = TestSettings.of("entente.writes.enabled", "false");

    @Test
    void writesWithoutAKeyAreRefused() {
        assertThrows(IllegalStateException.class,
                () -> new VerificationKeyGuard(WRITES, Optional.empty(), Optional.empty()).check(null));
        assertThrows(IllegalStateException.class,
                () -> new VerificationKeyGuard(WRITES, Optional.of(" "), Optional.empty()).check(null));
    }

    @Test
    void aKeyOrAReadOnlyServerIsAccepted() {
        assertDoesNotThrow(() -> new VerificationKeyGuard(WRITES, Optional.of("-----BEGIN PUBLIC KEY-----"), Optional.empty()).check(null));
        assertDoesNotThrow(() -> new VerificationKeyGuard(WRITES, Optional.empty(), Optional.of("file:/keys/public.pem")).check(null));
        assertDoesNotThrow(() -> new VerificationKeyGuard(READ_ONLY, Optional.empty(), Optional.empty()).check(null));
    }
}
