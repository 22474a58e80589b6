package io.entente.graphql;

/** The values of a GraphQL error's {@code extensions.code}, as API.md lists them. */
public enum ErrorCode {
    BAD_USER_INPUT,
    NOT_FOUND,
    UNAUTHENTICATED,
    FORBIDDEN,
    CONFLICT,
    QUERY_TOO_COMPLEX,
    /** A live subscription missed changes (it fell behind, or the server lost its database connection) and has ended. */
    EVENTS_DROPPED,
    INTERNAL
}
