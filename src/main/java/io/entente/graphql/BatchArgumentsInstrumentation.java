package io.entente.graphql;

import io.entente.db.Selection;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import graphql.execution.AbortExecutionException;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;
import graphql.normalized.ExecutableNormalizedField;
import graphql.normalized.ExecutableNormalizedOperation;
import graphql.ExecutionResult;

/**
 * Refuses, before any SQL runs, a query that asks for the same nested field with different arguments, such
 * as {@code a: members(activeOn: "2019-09-09") b: members}. Nested fields are batch resolvers: a batch gets the
 * arguments of its first parent only ({@code BatchFields}), so the second alias would silently get the first
 * one's data. A clear {@code BAD_USER_INPUT} is better than a wrong answer. It also keeps the query's normalized
 * form for the batches' {@link Selection}.
 */
final class BatchArgumentsInstrumentation extends SimplePerformantInstrumentation {

    @Override
    public InstrumentationContext<ExecutionResult> beginExecuteOperation(InstrumentationExecuteOperationParameters parameters,
            InstrumentationState state) {
        Map<String, Map<String, Object>> seen = new HashMap<>();
        Deque<ExecutableNormalizedField> pending = new ArrayDeque<>();
        ExecutableNormalizedOperation operation = parameters.getExecutionContext().getNormalizedQueryTree().get();
        Selection.remember(parameters.getExecutionContext().getGraphQLContext(), operation);
        // Root fields are resolved one by one, not batched: only their descendants matter.
        operation.getTopLevelFields().forEach(root -> pending.addAll(root.getChildren()));
        while (!pending.isEmpty()) {
            ExecutableNormalizedField field = pending.pop();
            pending.addAll(field.getChildren());
            if (field.getName().startsWith("__")) {
                continue;
            }
            for (String type : field.getObjectTypeNames()) {
                String name = type + "." + field.getName();
                Map<String, Object> earlier = seen.putIfAbsent(name, field.getResolvedArguments());
                if (earlier != null && !earlier.equals(field.getResolvedArguments())) {
                    throw new AbortExecutionException(List.of(ApiError.badInput("The field " + name
                            + " is requested with different arguments in one query (" + earlier + " and "
                            + field.getResolvedArguments() + "). Nested fields are fetched in batches that share"
                            + " one set of arguments: send such requests as separate queries.")));
                }
            }
        }
        return super.beginExecuteOperation(parameters, state);
    }
}
