package io.entente.auth;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Optional;

import org.junit.jupiter.api.Test;

/** A server that accepts writes must be able to verify the tokens that authorize them. */
class VerificationKeyGuardTest {

    @Test
    void writesWithoutAKeyAreRefused() {
        assertThrows(IllegalStateException.class,
                () -> new VerificationKeyGuard(true, Optional.empty(), Optional.empty()).check(null));
        assertThrows(IllegalStateException.class,
                () -> new VerificationKeyGuard(true, Optional.of(" "), Optional.empty()).check(null));
    }

    @Test
    void aKeyOrAReadOnlyServerIsAccepted() {
        assertDoesNotThrow(() -> new VerificationKeyGuard(true, Optional.of("-----BEGIN PUBLIC KEY-----"), Optional.empty()).check(null));
        assertDoesNotThrow(() -> new VerificationKeyGuard(true, Optional.empty(), Optional.of("file:/keys/public.pem")).check(null));
        assertDoesNotThrow(() -> new VerificationKeyGuard(false, Optional.empty(), Optional.empty()).check(null));
    }
}
