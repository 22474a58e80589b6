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
    private final String field;

    public ApiError(ErrorCode code, String message) {
        this(code, message, null);
    }

    /** An error about one input field, named by its path from the argument ({@code input.participants[2].officialId}). */
    public ApiError(ErrorCode code, String message, String field) {
        super(message, null, false, false);
        this.code = code;
        this.field = field;
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

    /**
     * The error as the body of a GraphQL response, for the HTTP routes that answer outside the GraphQL engine
     * (a refused token, the import endpoint), so that clients read one error shape everywhere.
     */
    public Map<String, Object> asResponse() {
        return Map.of("errors", List.of(Map.of("message", getMessage(), "extensions", getExtensions())));
    }

    /** The input field the error is about, or null. */
    public String field() {
        return field;
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
        return field == null ? Map.of("code", code.name()) : Map.of("code", code.name(), "field", field);
    }
}
