package io.entente.ops;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.entente.config.EntenteConfig;
import io.quarkus.runtime.StartupEvent;

/**
 * Refuses to run with the throwaway credentials committed for the Kubernetes dev overlay, unless the
 * deployment says it is a dev deployment ({@code ENTENTE_ALLOW_DEV_ONLY_SECRETS=true}, which only that overlay
 * sets). A copy-pasted dev Secret in production stops the application at start-up.
 */
@ApplicationScoped
public class DevOnlySecretsGuard {

    /** The password of k8s/overlays/dev, marked there as dev-only. */
    static final String DEV_ONLY_PASSWORD = "dev-only-not-a-secret";

    private final Optional<String> password;
    private final boolean allowed;

    public DevOnlySecretsGuard(@ConfigProperty(name = "quarkus.datasource.password") Optional<String> password,
            EntenteConfig config) {
        this.password = password;
        this.allowed = config.allowDevOnlySecrets();
    }

    void check(@Observes StartupEvent event) {
        if (!allowed && password.filter(DEV_ONLY_PASSWORD::equals).isPresent()) {
            throw new IllegalStateException("The database password is the dev-only one committed in k8s/overlays/dev;"
                    + " set a real secret (or ENTENTE_ALLOW_DEV_ONLY_SECRETS=true in a dev deployment).");
        }
    }
}
