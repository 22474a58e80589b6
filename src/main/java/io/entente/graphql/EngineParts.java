package io.entente.graphql;

import jakarta.enterprise.context.ApplicationScoped;

import graphql.execution.instrumentation.Instrumentation;
import io.entente.config.EntenteConfig;
import io.entente.graphql.engine.OperationInstrumentation;
import io.entente.graphql.engine.OwnBatchingInstrumentation;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.arc.Unremovable;

/** What {@link GraphQLSetup} adds to the engine, assembled from configuration and beans. */
@Unremovable // looked up by GraphQLSetup, which ServiceLoader creates outside CDI
@ApplicationScoped
public class EngineParts {

    private final MeterRegistry registry;
    private final EntenteConfig config;

    public EngineParts(MeterRegistry registry, EntenteConfig config) {
        this.registry = registry;
        this.config = config;
    }

    /** SmallRye's instrumentations first, then ours; what HTTP allows and limits before anything else looks at a query. */
    Instrumentation instrumentations(Instrumentation smallRye) {
        return OperationInstrumentation.of(smallRye,
                new HttpOperationRules(),
                new QueryLimitsInstrumentation(config.limits(), config.page().defaultSize()),
                new BatchArgumentsInstrumentation(),
                new OwnBatchingInstrumentation(),
                new OperationMetricsInstrumentation(registry),
                new ErrorCodeInstrumentation(registry));
    }
}
