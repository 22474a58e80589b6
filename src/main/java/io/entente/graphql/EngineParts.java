package io.entente.graphql;

import jakarta.enterprise.context.ApplicationScoped;

import graphql.execution.instrumentation.Instrumentation;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.arc.Unremovable;

/** What {@link GraphQLSetup} adds to the engine, assembled from configuration and beans. */
@Unremovable // looked up by GraphQLSetup, which ServiceLoader creates outside CDI
@ApplicationScoped
public class EngineParts {

    private final MeterRegistry registry;
    private final QueryLimits limits;
    private final Paging paging;

    public EngineParts(MeterRegistry registry, QueryLimits limits, Paging paging) {
        this.registry = registry;
        this.limits = limits;
        this.paging = paging;
    }

    /** SmallRye's instrumentations first, then ours; limits before anything else looks at a query. */
    Instrumentation instrumentations(Instrumentation smallRye) {
        return OperationInstrumentation.of(smallRye,
                new QueryLimitsInstrumentation(limits, paging.defaultSize()),
                new BatchArgumentsInstrumentation(),
                new OwnBatchingInstrumentation(),
                new OperationMetricsInstrumentation(registry),
                new ErrorCodeInstrumentation(registry));
    }
}
