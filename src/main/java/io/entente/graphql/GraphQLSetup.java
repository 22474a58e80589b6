package io.entente.graphql;

import org.jboss.logging.Logger;

import graphql.GraphQL;
import io.quarkus.arc.Arc;
import io.smallrye.graphql.spi.EventingService;

/**
 * Shapes the GraphQL engine SmallRye builds (lazily, on the first request): Entente's instrumentations
 * ({@link EngineParts}), and plain properties read directly ({@link PlainFields}).
 *
 * <p>Registered through {@code META-INF/services/io.smallrye.graphql.spi.EventingService} rather than as a CDI
 * observer: CDI eventing in SmallRye GraphQL also fires an event around every field of every response, which
 * costs more than a whole simple query. The builder has no getter and its setter replaces the chain, so
 * SmallRye's own instrumentations are read from a throwaway build and kept first.
 */
public class GraphQLSetup implements EventingService {

    private static final Logger LOG = Logger.getLogger(GraphQLSetup.class);

    @Override
    public String getConfigKey() {
        return null; // always on
    }

    @Override
    public GraphQL.Builder beforeGraphQLBuild(GraphQL.Builder builder) {
        LOG.debug("Adding Entente's GraphQL instrumentations");
        EngineParts parts = Arc.container().instance(EngineParts.class).get();
        GraphQL smallRye = builder.build();
        return builder.schema(PlainFields.readDirectly(smallRye.getGraphQLSchema()))
                .instrumentation(parts.instrumentations(smallRye.getInstrumentation()));
    }
}
