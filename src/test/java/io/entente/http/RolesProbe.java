package io.entente.http;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;

import io.smallrye.mutiny.Uni;

/** Test only: a method Quarkus' security guards with {@code @RolesAllowed}, called by {@link IdentityProbe}. */
@ApplicationScoped
public class RolesProbe {

    @RolesAllowed("editor")
    public Uni<String> editorOnly() {
        return Uni.createFrom().item("allowed");
    }
}
