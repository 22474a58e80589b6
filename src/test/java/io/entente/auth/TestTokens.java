package io.entente.auth;

import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;

import io.smallrye.jwt.build.Jwt;

/** Bearer tokens for tests, signed with the key the application under test verifies with ({@link DevKeys}). */
public final class TestTokens {

    private static final String ISSUER = "entente";

    private TestTokens() {
    }

    public static String editor() {
        return DevKeys.token(ISSUER, "test-editor", Duration.ofHours(1), Role.EDITOR);
    }

    public static String editor(String name) {
        return DevKeys.token(ISSUER, name, Duration.ofHours(1), Role.EDITOR);
    }

    public static String admin() {
        return DevKeys.token(ISSUER, "test-admin", Duration.ofHours(1), Role.ADMIN);
    }

    /** Valid, but grants no role. */
    public static String reader() {
        return DevKeys.token(ISSUER, "test-reader", Duration.ofHours(1));
    }

    public static String expired() {
        return Jwt.issuer(ISSUER).upn("test-editor").groups(Set.of("editor"))
                .issuedAt(Instant.now().minusSeconds(7200)).expiresAt(Instant.now().minusSeconds(3600))
                .sign(DevKeys.get().getPrivate());
    }

    /** An editor token signed with a key the application does not know. */
    public static String forged() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return Jwt.issuer(ISSUER).upn("mallory").groups(Set.of("editor", "admin")).expiresIn(3600)
                    .sign(generator.generateKeyPair().getPrivate());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
