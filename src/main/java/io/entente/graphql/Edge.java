package io.entente.graphql;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

/** One item of a connection and the cursor that points just after it. */
@Description("An item of a list and its cursor.")
public class Edge<T> {

    private final String cursor;
    private final T node;

    public Edge(String cursor, T node) {
        this.cursor = cursor;
        this.node = node;
    }

    @NonNull
    @Description("Opaque position of this item; pass it as `after` to continue after it.")
    public String getCursor() {
        return cursor;
    }

    @NonNull
    @Description("The item.")
    public T getNode() {
        return node;
    }
}
