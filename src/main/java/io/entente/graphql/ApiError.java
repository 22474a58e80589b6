package io.entente.graphql;

import java.util.List;
import java.util.Map;

import graphql.ErrorClassification;
import graphql.ErrorType;
import graphql.GraphQLError;
import graphql.language.SourceLocation;

/**
 * A failure the client caused or must know about, answered as a GraphQL error with {@code extensions.code}.
 *
 * <p>The message is shown to clients verbatim (see {@code show-runtime-exception-message}), so it names the
 * input that was wrong and nothing of the implementation. No stack trace is captured: it is never shown.
 */
public final class ApiError extends RuntimeException implements GraphQLError {

    private final ErrorCode code;

    public ApiError(ErrorCode code, String message) {
        super(message, null, false, false);
        this.code = code;
    }

    public static ApiError badInput(String message) {
        return new ApiError(ErrorCode.BAD_USER_INPUT, message);
    }

    public static ApiError notFound(String message) {
        return new ApiError(ErrorCode.NOT_FOUND, message);
    }

    public ErrorCode code() {
        return code;
    }

    @Override
    public List<SourceLocation> getLocations() {
        return null;
    }

    @Override
    public ErrorClassification getErrorType() {
        return code == ErrorCode.BAD_USER_INPUT ? ErrorType.ValidationError : ErrorType.DataFetchingException;
    }

    @Override
    public Map<String, Object> getExtensions() {
        return Map.of("code", code.name());
    }
}
