package io.entente.graphql;

import java.util.List;

import graphql.ExecutionResult;
import graphql.execution.AbortExecutionException;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;
import graphql.language.OperationDefinition.Operation;

/**
 * Holds an operation that came over plain HTTP to what HTTP allows, once the engine has parsed the document and
 * chosen the operation, before any field runs: a GET never runs a mutation (the route answers 405), and a
 * subscription is served over WebSocket, not as one answer. Operations from other transports pass untouched.
 */
final class HttpOperationRules extends SimplePerformantInstrumentation {

    @Override
    public InstrumentationContext<ExecutionResult> beginExecuteOperation(InstrumentationExecuteOperationParameters parameters,
            InstrumentationState state) {
        var context = parameters.getExecutionContext();
        if (context.getGraphQLContext().get(HttpExchange.KEY) instanceof HttpExchange exchange) {
            Operation operation = context.getOperationDefinition().getOperation();
            exchange.ran(operation);
            if (operation == Operation.MUTATION && exchange.get()) {
                exchange.refuseMethod();
                throw refused("Mutations are not run over GET: send this request with POST.");
            }
            if (operation == Operation.SUBSCRIPTION) {
                throw refused("Subscriptions are served over WebSocket (graphql-transport-ws) at this same path,"
                        + " not as a single HTTP answer.");
            }
        }
        return super.beginExecuteOperation(parameters, state);
    }

    private static AbortExecutionException refused(String message) {
        return new AbortExecutionException(List.of(new ApiError(ErrorCode.BAD_USER_INPUT, message)));
    }
}
