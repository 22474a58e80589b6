package io.entente.graphql.engine;

import graphql.schema.DataFetcher;
import graphql.schema.GraphQLSchema;

/**
 * Reads plain properties ({@code Meeting.title}, {@code Country.name}, ...) with a {@link PropertyReader} instead
 * of SmallRye's fetcher. SmallRye's copies its request context and builds two JSON arrays of the
 * selected sub-fields for every single field of every object: in a page of 50 meetings with their
 * participants that was most of the CPU a request cost. Our types need none of what it adds (no
 * {@code @DateFormat}, {@code @NumberFormat} or adapters on properties). Resolvers written in the API classes
 * keep their own fetchers: SmallRye's for root fields, {@link BatchFields} for batch fields.
 */
public final class PlainFields {

    private static final String SMALLRYE_PROPERTY_FETCHER = "io.smallrye.graphql.execution.datafetcher.FieldDataFetcher";

    private PlainFields() {
    }

    /** Whether {@code fetcher} reads a plain property, as {@link #readDirectly} installs. */
    static boolean isPlain(DataFetcher<?> fetcher) {
        return fetcher instanceof PropertyReader;
    }

    public static GraphQLSchema readDirectly(GraphQLSchema schema) {
        return DataFetchers.replace(schema, (type, field, current) -> current.getClass().getName().equals(SMALLRYE_PROPERTY_FETCHER)
                ? new PropertyReader(field.getName())
                : null);
    }
}
