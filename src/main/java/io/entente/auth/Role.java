package io.entente.auth;

import java.util.Set;

/** What a token's {@code groups} claim can grant. An admin may do everything an editor may. */
public enum Role {
    /** Creates and updates. */
    EDITOR("editor"),
    /** Deletes, and everything an editor does. */
    ADMIN("admin");

    private final String claim;

    Role(String claim) {
        this.claim = claim;
    }

    public String claim() {
        return claim;
    }

    boolean grantedBy(Set<String> groups) {
        return groups.contains(claim) || (this == EDITOR && groups.contains(ADMIN.claim));
    }
}
