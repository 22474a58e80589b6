package io.entente.http;

import java.util.List;
import java.util.Map;

import graphql.ErrorType;
import graphql.ExecutionResult;
import graphql.ExecutionResultImpl;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.parser.InvalidSyntaxException;
import graphql.parser.Parser;
import io.entente.graphql.ErrorCode;
import io.entente.graphql.HttpExchange;
import io.entente.graphql.engine.ResultJson;
import io.smallrye.graphql.execution.ExecutionResponse;
import io.vertx.core.buffer.Buffer;

/**
 * One operation's answer: its JSON text and the HTTP status it calls for.
 *
 * <p>Status, as the GraphQL-over-HTTP spec (the version graphql-http's audit checks) says: 200 whenever the answer
 * has data; without data (a request error: syntax, validation, unknown operation, variables, a cost limit) 400 under
 * {@code application/graphql-response+json} and 200 under {@code application/json}; 405 for a mutation over GET.
 */
record Answer(Buffer json, int status, boolean cacheable) {

    static final String UNPARSEABLE = "Unparseable input document"; // SmallRye's text for a document that does not parse

    static Answer of(ExecutionResponse response, HttpExchange exchange, MediaType type, String document,
            boolean streamingWriter) {
        ExecutionResult result = response.getExecutionResult();
        if (exchange.methodNotAllowed()) {
            return new Answer(text(response), 405, false);
        }
        if (!result.isDataPresent()) {
            ExecutionResult named = namedSyntaxError(result, document);
            Buffer json = named == result ? text(response) : Buffer.buffer(new ExecutionResponse(named).getExecutionResultAsString());
            return new Answer(json, type == MediaType.GRAPHQL_RESPONSE ? requestErrorStatus(named) : 200, false);
        }
        boolean plain = result.getErrors().isEmpty() && (result.getExtensions() == null || result.getExtensions().isEmpty());
        Buffer json = plain && streamingWriter ? ResultJson.write(result.getData()) : null;
        return new Answer(json != null ? json : text(response), 200, plain);
    }

    private static Buffer text(ExecutionResponse response) {
        return Buffer.buffer(response.getExecutionResultAsString());
    }

    private static int requestErrorStatus(ExecutionResult result) {
        for (GraphQLError error : result.getErrors()) {
            Map<String, Object> extensions = error.getExtensions();
            if (extensions != null && ErrorCode.INTERNAL.name().equals(extensions.get("code"))) {
                return 500;
            }
        }
        return 400;
    }

    /**
     * SmallRye answers a document that does not parse with a bare "Unparseable input document", no location and no
     * code, before any hook of ours runs: parse it again to say where and what, with BAD_USER_INPUT.
     */
    private static ExecutionResult namedSyntaxError(ExecutionResult result, String document) {
        if (result.getErrors().size() != 1 || !UNPARSEABLE.equals(result.getErrors().get(0).getMessage())) {
            return result;
        }
        GraphqlErrorBuilder<?> error = GraphqlErrorBuilder.newError().errorType(ErrorType.InvalidSyntax)
                .extensions(Map.of("code", ErrorCode.BAD_USER_INPUT.name()));
        try {
            Parser.parse(document);
            error.message("The document could not be parsed.");
        } catch (InvalidSyntaxException syntax) {
            error.message(syntax.getMessage()).locations(syntax.getLocation() == null ? null : List.of(syntax.getLocation()));
        } catch (RuntimeException other) {
            error.message("The document could not be parsed.");
        }
        return ExecutionResultImpl.newExecutionResult().addError(error.build()).build();
    }
}
