package io.entente.db;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

import graphql.GraphQLContext;
import graphql.normalized.ExecutableNormalizedField;
import graphql.normalized.ExecutableNormalizedOperation;
import graphql.schema.DataFetcher;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.FieldCoordinates;

/**
 * What a query selects below the field being resolved, so that its resolver can skip work nobody asked for: the
 * total count of a nested connection, the columns of fields not shown ({@link io.entente.db.SelectList}).
 *
 * <p>A batch serves every place the field appears in the query (one batch for {@code Country.meetings} whether
 * reached through {@code countries} or {@code country}), so the selection is the union of all of them, read from
 * the query's normalized form ({@code BatchArgumentsInstrumentation} keeps it in the request's context).
 *
 * <p>A batch method reads it with {@link #ofBatch()} while it builds its statement. {@code BatchFields} sets it
 * for the duration of the (synchronous) call of the method: a parameter would do, but SmallRye, which builds
 * the schema from the method, would take any parameter for a GraphQL argument. Outside such a call everything
 * counts as selected, so a resolver only ever does more than needed, never less.
 *
 * <p>A root field's resolver reads its own with {@link #ofRootField()}, set by {@code RootFieldSelections} while
 * SmallRye calls it. The two are kept apart because a query method that serves batches (countries by key) is
 * also called by root resolvers whose rows lie elsewhere in the answer (the items of a search): such a method
 * reads {@link #ofBatch()}, which stays at everything while a root resolver runs.
 */
public final class Selection {

    private static final ThreadLocal<Selection> BATCH = new ThreadLocal<>();
    private static final ThreadLocal<Selection> ROOT_FIELD = new ThreadLocal<>();
    private static final Selection EVERYTHING = new Selection(null);
    private static final String OPERATION = Selection.class.getName() + ".operation";

    private final List<ExecutableNormalizedField> fields;

    private Selection(List<ExecutableNormalizedField> fields) {
        this.fields = fields;
    }

    /** The selection of the batch being resolved on this thread. */
    public static Selection ofBatch() {
        Selection current = BATCH.get();
        return current == null ? EVERYTHING : current;
    }

    /** The selection of the root field whose resolver runs on this thread. */
    public static Selection ofRootField() {
        Selection current = ROOT_FIELD.get();
        return current == null ? EVERYTHING : current;
    }

    /** Keeps the query's normalized form for the batches of this request. */
    public static void remember(GraphQLContext context, ExecutableNormalizedOperation operation) {
        context.put(OPERATION, operation);
    }

    /** Every place of the field in the query; everything if the query's form was not kept. */
    public static Selection of(GraphQLContext context, FieldCoordinates field) {
        ExecutableNormalizedOperation operation = context.get(OPERATION);
        return operation == null ? EVERYTHING : new Selection(operation.getCoordinatesToNormalizedFields().get(field));
    }

    public <T> T during(Supplier<T> call) {
        BATCH.set(this);
        try {
            return call.get();
        } finally {
            BATCH.remove();
        }
    }

    public <T> T duringRootField(DataFetcher<T> resolver, DataFetchingEnvironment env) throws Exception {
        ROOT_FIELD.set(this);
        try {
            return resolver.get(env);
        } finally {
            ROOT_FIELD.remove();
        }
    }

    /** Whether the field at {@code path} below the field ({@code totalCount}, {@code edges/node/title}) is selected. */
    public boolean includes(String path) {
        int last = path.lastIndexOf('/');
        Set<String> names = namesAt(last < 0 ? "" : path.substring(0, last));
        return names == null || names.contains(path.substring(last + 1));
    }

    /**
     * The names of the fields selected on the objects at {@code path} below the field ("" for its own objects), in
     * any of its places and under any type condition; null if everything counts as selected.
     */
    public Set<String> namesAt(String path) {
        if (fields == null) {
            return null;
        }
        List<ExecutableNormalizedField> level = fields;
        if (!path.isEmpty()) {
            for (String step : path.split("/")) {
                level = level.stream().flatMap(field -> field.getChildren().stream())
                        .filter(child -> child.getName().equals(step)).toList();
            }
        }
        Set<String> names = new HashSet<>();
        for (ExecutableNormalizedField field : level) {
            for (ExecutableNormalizedField child : field.getChildren()) {
                names.add(child.getName());
            }
        }
        return names;
    }
}
