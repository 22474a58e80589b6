package io.entente.graphql;

import java.util.List;
import java.util.Locale;
import java.util.TreeSet;

import graphql.ExecutionResult;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimpleInstrumentationContext;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;
import graphql.normalized.ExecutableNormalizedField;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

/**
 * Times every GraphQL operation as a whole: {@code entente_graphql_operation_seconds{type, fields, outcome}},
 * where {@code fields} names the root fields asked for (at most three, then "+more"), so that the tag stays
 * bounded by the schema whatever clients send. One timer per request instead of SmallRye's one per field.
 */
final class OperationMetricsInstrumentation extends SimplePerformantInstrumentation {

    private final MeterRegistry registry;

    OperationMetricsInstrumentation(MeterRegistry registry) {
        this.registry = registry;
    }

    @Override
    public InstrumentationContext<ExecutionResult> beginExecuteOperation(InstrumentationExecuteOperationParameters parameters,
            InstrumentationState state) {
        var context = parameters.getExecutionContext();
        String type = context.getOperationDefinition().getOperation().name().toLowerCase(Locale.ROOT);
        TreeSet<String> roots = new TreeSet<>();
        for (ExecutableNormalizedField root : context.getNormalizedQueryTree().get().getTopLevelFields()) {
            roots.add(root.getName());
        }
        List<String> names = List.copyOf(roots);
        String fields = names.size() <= 3 ? String.join(",", names) : String.join(",", names.subList(0, 3)) + ",+more";
        Timer.Sample sample = Timer.start(registry);
        return SimpleInstrumentationContext.whenCompleted((result, failure) -> sample.stop(Timer
                .builder("entente.graphql.operation")
                .description("Time to execute a GraphQL operation, by its root fields")
                .tags("type", type, "fields", fields,
                        "outcome", failure == null && result != null && result.getErrors().isEmpty() ? "ok" : "error")
                .register(registry)));
    }
}
