package io.entente.graphql.engine;

import graphql.schema.DataFetcher;
import graphql.schema.FieldCoordinates;
import graphql.schema.GraphQLCodeRegistry;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLSchema;

/** Walks the data fetchers SmallRye gave a schema's object types, and rebuilds the schema with some replaced. */
final class DataFetchers {

    /** The fetcher to use instead of {@code current}, or null to keep it. */
    interface Replacement {
        DataFetcher<?> instead(GraphQLObjectType type, GraphQLFieldDefinition field, DataFetcher<?> current);
    }

    private DataFetchers() {
    }

    /** What to do with each field of the schema's own object types and its current fetcher. */
    interface Visitor {
        void visit(GraphQLObjectType type, GraphQLFieldDefinition field, DataFetcher<?> current);
    }

    /** Visits every field of every object type but the introspection ones, with its fetcher. */
    static void forEachField(GraphQLSchema schema, Visitor visitor) {
        GraphQLCodeRegistry registry = schema.getCodeRegistry();
        for (var type : schema.getAllTypesAsList()) {
            if (!(type instanceof GraphQLObjectType object) || object.getName().startsWith("__")) {
                continue;
            }
            for (GraphQLFieldDefinition field : object.getFieldDefinitions()) {
                visitor.visit(object, field, registry.getDataFetcher(object, field));
            }
        }
    }

    static GraphQLSchema replace(GraphQLSchema schema, Replacement replacement) {
        GraphQLCodeRegistry.Builder replaced = GraphQLCodeRegistry.newCodeRegistry(schema.getCodeRegistry());
        forEachField(schema, (type, field, current) -> {
            DataFetcher<?> instead = replacement.instead(type, field, current);
            if (instead != null) {
                replaced.dataFetcher(FieldCoordinates.coordinates(type, field), instead);
            }
        });
        GraphQLCodeRegistry built = replaced.build();
        return schema.transform(builder -> builder.codeRegistry(built));
    }
}
