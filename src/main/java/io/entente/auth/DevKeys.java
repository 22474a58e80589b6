package io.entente.auth;

import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.spec.InvalidKeySpecException;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.time.Duration;
import java.util.Arrays;
import java.util.Base64;
import java.util.Set;
import java.util.stream.Collectors;

import io.smallrye.jwt.build.Jwt;

/**
 * The throwaway RSA key pair of dev mode and tests: made in memory on first use, never written to disk, never
 * used by the prod profile. It is kept in system properties so that a dev-mode hot reload (a new class loader)
 * keeps verifying the tokens printed at start-up, and so that tests running in the same JVM as the application
 * can sign tokens it accepts. Their names lie outside {@code entente.*}, whose every key must be a setting of
 * {@code io.entente.config.EntenteConfig}.
 */
public final class DevKeys {

    private static final String PUBLIC = "io.entente.dev-keys.public";
    private static final String PRIVATE = "io.entente.dev-keys.private";

    private DevKeys() {
    }

    public static synchronized KeyPair get() {
        try {
            KeyFactory rsa = KeyFactory.getInstance("RSA");
            if (System.getProperty(PUBLIC) == null) {
                KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
                generator.initialize(2048);
                KeyPair pair = generator.generateKeyPair();
                System.setProperty(PUBLIC, Base64.getEncoder().encodeToString(pair.getPublic().getEncoded()));
                System.setProperty(PRIVATE, Base64.getEncoder().encodeToString(pair.getPrivate().getEncoded()));
            }
            PublicKey publicKey = rsa.generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(System.getProperty(PUBLIC))));
            PrivateKey privateKey = rsa.generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(System.getProperty(PRIVATE))));
            return new KeyPair(publicKey, privateKey);
        } catch (NoSuchAlgorithmException | InvalidKeySpecException e) {
            throw new IllegalStateException("Cannot make the dev key pair", e);
        }
    }

    /** The public key as PEM, the form {@code mp.jwt.verify.publickey} takes. */
    public static String publicKeyPem() {
        return "-----BEGIN PUBLIC KEY-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(get().getPublic().getEncoded())
                + "\n-----END PUBLIC KEY-----\n";
    }

    /** A token for {@code subject} with these roles, signed with the dev key. */
    public static String token(String issuer, String subject, Duration lifetime, Role... roles) {
        Set<String> groups = Arrays.stream(roles).map(Role::claim).collect(Collectors.toSet());
        return Jwt.issuer(issuer).upn(subject).groups(groups).expiresIn(lifetime).sign(get().getPrivate());
    }
}
