package io.entente.graphql;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.jboss.logging.Logger;

import graphql.GraphQL;
import graphql.execution.instrumentation.ChainedInstrumentation;
import graphql.execution.instrumentation.Instrumentation;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * Adds Entente's instrumentations to the GraphQL engine SmallRye builds (on the first request; needs
 * {@code quarkus.smallrye-graphql.events.enabled}). The builder has no getter and its setter replaces the
 * chain, so SmallRye's own instrumentations are read from a throwaway build and kept first.
 */
@ApplicationScoped
public class GraphQLSetup {

    private static final Logger LOG = Logger.getLogger(GraphQLSetup.class);

    private final MeterRegistry registry;
    private final QueryLimits limits;
    private final Paging paging;

    public GraphQLSetup(MeterRegistry registry, QueryLimits limits, Paging paging) {
        this.registry = registry;
        this.limits = limits;
        this.paging = paging;
    }

    void addInstrumentations(@Observes GraphQL.Builder builder) {
        LOG.debug("Adding Entente's GraphQL instrumentations");
        Instrumentation smallRye = builder.build().getInstrumentation();
        // Limits first: a query over them is refused before anything else looks at it.
        builder.instrumentation(new ChainedInstrumentation(smallRye,
                new QueryLimitsInstrumentation(limits, paging.defaultSize()),
                new BatchArgumentsInstrumentation(),
                new ErrorCodeInstrumentation(registry)));
    }
}
