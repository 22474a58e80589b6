package io.entente.paging;

import java.util.function.Function;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

/** One item of a connection and the cursor that points just after it. */
@Description("An item of a list and its cursor.")
public class Edge<T> {

    private final T node;
    // Made when asked: most queries never show a cursor, and an ordering's cursor encodes the row's sort keys.
    private final Function<T, String> cursorOf;
    private String cursor;

    public Edge(T node, Function<T, String> cursorOf) {
        this.node = node;
        this.cursorOf = cursorOf;
    }

    @NonNull
    @Description("Opaque position of this item; pass it as `after` to continue after it.")
    public String getCursor() {
        if (cursor == null) {
            cursor = cursorOf.apply(node); // the same text whichever thread makes it first
        }
        return cursor;
    }

    @NonNull
    @Description("The item.")
    public T getNode() {
        return node;
    }
}
