package io.entente.auth;

import java.time.Duration;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import io.quarkus.arc.profile.IfBuildProfile;
import io.quarkus.runtime.StartupEvent;

/**
 * Dev mode only: prints an editor and an admin token at start-up, signed with the in-memory {@link DevKeys}, so
 * that writing through GraphiQL takes no setup. The bean does not exist in a packaged (prod) application.
 */
@IfBuildProfile("dev")
@ApplicationScoped
public class DevTokens {

    private static final Logger LOG = Logger.getLogger(DevTokens.class);
    private static final Duration LIFETIME = Duration.ofDays(30);

    private final String issuer;

    public DevTokens(@ConfigProperty(name = "mp.jwt.verify.issuer") String issuer) {
        this.issuer = issuer;
    }

    void print(@Observes StartupEvent event) {
        LOG.infof("Dev-only tokens (valid %d days, until dev mode restarts its JVM). In GraphiQL's Headers tab put"
                + " {\"Authorization\": \"Bearer <token>\"}.%n  editor: %s%n  admin:  %s", LIFETIME.toDays(),
                DevKeys.token(issuer, "dev-editor", LIFETIME, Role.EDITOR),
                DevKeys.token(issuer, "dev-admin", LIFETIME, Role.ADMIN));
    }
}
