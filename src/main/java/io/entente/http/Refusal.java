package io.entente.http;

import java.util.Map;

import io.entente.graphql.ErrorCode;

/**
 * A request answered before the GraphQL engine sees it: the HTTP status, and the GraphQL error of the body.
 * Its message names what was wrong and how to send it instead; no stack trace is captured.
 */
final class Refusal extends RuntimeException {

    final int status;
    final ErrorCode code;
    final Map<String, String> headers;

    Refusal(int status, ErrorCode code, String message) {
        this(status, code, message, Map.of());
    }

    Refusal(int status, ErrorCode code, String message, Map<String, String> headers) {
        super(message, null, false, false);
        this.status = status;
        this.code = code;
        this.headers = headers;
    }

    static Refusal badRequest(String message) {
        return new Refusal(400, ErrorCode.BAD_USER_INPUT, message);
    }
}
