package io.entente.graphql.engine;

import java.util.ArrayList;
import java.util.List;

import graphql.execution.instrumentation.ChainedInstrumentation;
import graphql.execution.instrumentation.ExecuteObjectInstrumentationContext;
import graphql.execution.instrumentation.ExecutionStrategyInstrumentationContext;
import graphql.execution.instrumentation.FieldFetchingInstrumentationContext;
import graphql.execution.instrumentation.Instrumentation;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.parameters.InstrumentationExecutionStrategyParameters;
import graphql.execution.instrumentation.parameters.InstrumentationFieldCompleteParameters;
import graphql.execution.instrumentation.parameters.InstrumentationFieldFetchParameters;
import graphql.execution.instrumentation.parameters.InstrumentationFieldParameters;
import graphql.schema.DataFetcher;

/**
 * Chains instrumentations that look at whole operations only (parsing, validation, the operation, the result).
 *
 * <p>graphql-java asks an instrumentation chain for a context around every object and every field of a
 * response, and a chain answers each time with a context per member, even when every member has nothing to
 * do: in a page of 50 meetings with their participants a fifth of the CPU went there. None of Entente's
 * instrumentations, nor SmallRye's query cache, watches single fields, so this chain does not take part in
 * field execution at all. {@link #of} checks that promise for each member.
 */
public final class OperationInstrumentation extends ChainedInstrumentation {

    private OperationInstrumentation(List<Instrumentation> instrumentations) {
        super(instrumentations);
    }

    /** The members, nested chains flattened; fails for a member that overrides a field-level method. */
    public static OperationInstrumentation of(Instrumentation... members) {
        List<Instrumentation> flat = new ArrayList<>();
        for (Instrumentation member : members) {
            flatten(member, flat);
        }
        for (Instrumentation member : flat) {
            requireOperationLevel(member);
        }
        return new OperationInstrumentation(flat);
    }

    private static void flatten(Instrumentation member, List<Instrumentation> into) {
        if (member instanceof ChainedInstrumentation chain) {
            chain.getInstrumentations().forEach(inner -> flatten(inner, into));
        } else {
            into.add(member);
        }
    }

    private static void requireOperationLevel(Instrumentation member) {
        for (var method : member.getClass().getMethods()) {
            boolean fieldLevel = method.getName().startsWith("beginField") || method.getName().equals("beginExecuteObject")
                    || method.getName().equals("beginExecutionStrategy") || method.getName().equals("instrumentDataFetcher")
                    || method.getName().equals("beginDeferredField");
            Class<?> declaring = method.getDeclaringClass();
            if (fieldLevel && !declaring.isInterface() && !declaring.getName().startsWith("graphql.")) {
                throw new IllegalStateException(member.getClass().getName() + " watches fields (" + method.getName()
                        + "); it cannot join an operation-level chain");
            }
        }
    }

    @Override
    public ExecutionStrategyInstrumentationContext beginExecutionStrategy(InstrumentationExecutionStrategyParameters parameters,
            InstrumentationState state) {
        return null;
    }

    @Override
    public ExecuteObjectInstrumentationContext beginExecuteObject(InstrumentationExecutionStrategyParameters parameters,
            InstrumentationState state) {
        return null;
    }

    @Override
    public InstrumentationContext<Object> beginDeferredField(InstrumentationState state) {
        return null;
    }

    @Override
    public InstrumentationContext<Object> beginFieldExecution(InstrumentationFieldParameters parameters,
            InstrumentationState state) {
        return null;
    }

    @Override
    @SuppressWarnings("deprecation")
    public InstrumentationContext<Object> beginFieldFetch(InstrumentationFieldFetchParameters parameters,
            InstrumentationState state) {
        return null;
    }

    @Override
    public FieldFetchingInstrumentationContext beginFieldFetching(InstrumentationFieldFetchParameters parameters,
            InstrumentationState state) {
        return null;
    }

    @Override
    public InstrumentationContext<Object> beginFieldCompletion(InstrumentationFieldCompleteParameters parameters,
            InstrumentationState state) {
        return null;
    }

    @Override
    public InstrumentationContext<Object> beginFieldListCompletion(InstrumentationFieldCompleteParameters parameters,
            InstrumentationState state) {
        return null;
    }

    @Override
    public DataFetcher<?> instrumentDataFetcher(DataFetcher<?> dataFetcher, InstrumentationFieldFetchParameters parameters,
            InstrumentationState state) {
        return dataFetcher;
    }
}
