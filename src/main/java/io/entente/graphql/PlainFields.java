package io.entente.graphql;

import graphql.schema.DataFetcher;
import graphql.schema.FieldCoordinates;
import graphql.schema.GraphQLCodeRegistry;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLSchema;
import graphql.schema.PropertyDataFetcher;

/**
 * Reads plain properties ({@code Meeting.title}, {@code Country.name}, ...) with graphql-java's own property
 * fetcher instead of SmallRye's. SmallRye's copies its request context and builds two JSON arrays of the
 * selected sub-fields for every single field of every object: in a page of 50 meetings with their
 * participants that was most of the CPU a request cost. Our types need none of what it adds (no
 * {@code @DateFormat}, {@code @NumberFormat} or adapters on properties); resolvers written in the API
 * classes keep SmallRye's fetchers.
 */
final class PlainFields {

    private static final String SMALLRYE_PROPERTY_FETCHER = "io.smallrye.graphql.execution.datafetcher.FieldDataFetcher";

    private PlainFields() {
    }

    static GraphQLSchema readDirectly(GraphQLSchema schema) {
        GraphQLCodeRegistry registry = schema.getCodeRegistry();
        GraphQLCodeRegistry.Builder direct = GraphQLCodeRegistry.newCodeRegistry(registry);
        for (var type : schema.getAllTypesAsList()) {
            if (!(type instanceof GraphQLObjectType object) || object.getName().startsWith("__")) {
                continue;
            }
            for (GraphQLFieldDefinition field : object.getFieldDefinitions()) {
                FieldCoordinates coordinates = FieldCoordinates.coordinates(object, field);
                DataFetcher<?> fetcher = registry.getDataFetcher(coordinates, field);
                if (fetcher.getClass().getName().equals(SMALLRYE_PROPERTY_FETCHER)) {
                    direct.dataFetcher(coordinates, PropertyDataFetcher.fetching(field.getName()));
                }
            }
        }
        GraphQLCodeRegistry replaced = direct.build();
        return schema.transform(builder -> builder.codeRegistry(replaced));
    }
}
