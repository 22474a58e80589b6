package io.entente.graphql.engine;

import graphql.schema.DataFetcher;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.FieldCoordinates;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLSchema;
import io.entente.db.Selection;

/**
 * Gives the resolvers of the query's root fields their {@link Selection} ({@link Selection#ofRootField()}) while
 * SmallRye calls them: a page of meetings then reads only the columns of the fields a client shows.
 *
 * <p>SmallRye calls a resolver that returns a {@code Uni} on the calling thread, within its fetcher's
 * {@code get}, and our resolvers build their statements before they return; a resolver it ran elsewhere (a
 * blocking one, on a worker thread) would find no selection there and read every column, as before.
 */
public final class RootFieldSelections {

    private RootFieldSelections() {
    }

    /** The schema with each field of the query type resolved in its selection. */
    public static GraphQLSchema wrap(GraphQLSchema schema) {
        GraphQLObjectType query = schema.getQueryType();
        return DataFetchers.replace(schema, (type, field, current) -> type == query && current != null
                ? new Selecting(FieldCoordinates.coordinates(type, field), current)
                : null);
    }

    private record Selecting(FieldCoordinates field, DataFetcher<?> resolver) implements DataFetcher<Object> {

        @Override
        public Object get(DataFetchingEnvironment env) throws Exception {
            return Selection.of(env.getGraphQlContext(), field).duringRootField(resolver, env);
        }
    }
}
