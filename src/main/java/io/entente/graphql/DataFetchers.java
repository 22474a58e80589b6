package io.entente.graphql;

import graphql.schema.DataFetcher;
import graphql.schema.FieldCoordinates;
import graphql.schema.GraphQLCodeRegistry;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLSchema;

/** Rebuilds a schema with some of the data fetchers SmallRye gave its object types replaced. */
final class DataFetchers {

    /** The fetcher to use instead of {@code current}, or null to keep it. */
    interface Replacement {
        DataFetcher<?> instead(GraphQLObjectType type, GraphQLFieldDefinition field, DataFetcher<?> current);
    }

    private DataFetchers() {
    }

    static GraphQLSchema replace(GraphQLSchema schema, Replacement replacement) {
        GraphQLCodeRegistry registry = schema.getCodeRegistry();
        GraphQLCodeRegistry.Builder replaced = GraphQLCodeRegistry.newCodeRegistry(registry);
        for (var type : schema.getAllTypesAsList()) {
            if (!(type instanceof GraphQLObjectType object) || object.getName().startsWith("__")) {
                continue;
            }
            for (GraphQLFieldDefinition field : object.getFieldDefinitions()) {
                FieldCoordinates coordinates = FieldCoordinates.coordinates(object, field);
                DataFetcher<?> instead = replacement.instead(object, field, registry.getDataFetcher(coordinates, field));
                if (instead != null) {
                    replaced.dataFetcher(coordinates, instead);
                }
            }
        }
        GraphQLCodeRegistry built = replaced.build();
        return schema.transform(builder -> builder.codeRegistry(built));
    }
}
