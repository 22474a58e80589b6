package io.entente.graphql;

import java.util.function.Supplier;

import graphql.schema.DataFetchingFieldSelectionSet;

/**
 * What a query selects below the batch field being resolved, so that its resolver can skip work nobody asked
 * for (the total count of a nested connection).
 *
 * <p>A batch method reads it with {@link #ofBatch()} while it builds its statement. {@link BatchFields} sets it
 * for the duration of the (synchronous) call of the method: a parameter would do, but SmallRye, which builds
 * the schema from the method, would take any parameter for a GraphQL argument. Outside such a call everything
 * counts as selected, so a resolver only ever does more than needed, never less.
 */
public final class Selection {

    private static final ThreadLocal<Selection> CURRENT = new ThreadLocal<>();
    private static final Selection EVERYTHING = new Selection(null);

    private final DataFetchingFieldSelectionSet fields;

    private Selection(DataFetchingFieldSelectionSet fields) {
        this.fields = fields;
    }

    /** The selection of the batch being resolved on this thread (that of its first parent). */
    public static Selection ofBatch() {
        Selection current = CURRENT.get();
        return current == null ? EVERYTHING : current;
    }

    static <T> T during(DataFetchingFieldSelectionSet fields, Supplier<T> call) {
        CURRENT.set(new Selection(fields));
        try {
            return call.get();
        } finally {
            CURRENT.remove();
        }
    }

    /** Whether the field (a direct child, such as {@code totalCount}) is selected. */
    public boolean includes(String field) {
        return fields == null || fields.contains(field);
    }
}
