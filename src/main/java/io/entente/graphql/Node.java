package io.entente.graphql;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;

/** Relay's Node: anything that {@code node(id:)} can fetch again by its id. */
@Description("An object with a globally unique, opaque id that `node(id:)` accepts.")
public interface Node {

    @Id
    @NonNull
    @Description("Globally unique, opaque id. Stable across requests; do not parse it.")
    String getId();
}
