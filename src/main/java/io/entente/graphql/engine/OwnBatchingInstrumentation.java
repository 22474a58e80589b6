package io.entente.graphql.engine;

import graphql.ExecutionInput;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.dataloader.EmptyDataLoaderRegistryInstance;
import graphql.execution.instrumentation.parameters.InstrumentationExecutionParameters;

/**
 * Leaves any DataLoader registry out of the execution. Entente's batch fields dispatch themselves
 * ({@link PendingBatch}) and none of SmallRye's loaders is used (nor built: {@code GraphQLSetup}); with the empty
 * registry graphql-java skips its per-level dispatching, which counts every object and field of a response, and
 * {@link PlainFieldsStrategy} may take its short way.
 */
public final class OwnBatchingInstrumentation extends SimplePerformantInstrumentation {

    @Override
    public ExecutionInput instrumentExecutionInput(ExecutionInput input, InstrumentationExecutionParameters parameters,
            InstrumentationState state) {
        return input.transform(builder -> builder.dataLoaderRegistry(EmptyDataLoaderRegistryInstance.EMPTY_DATALOADER_REGISTRY));
    }
}
