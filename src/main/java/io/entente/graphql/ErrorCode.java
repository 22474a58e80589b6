package io.entente.graphql;

/** The values of a GraphQL error's {@code extensions.code}, as API.md lists them. */
public enum ErrorCode {
    BAD_USER_INPUT,
    NOT_FOUND,
    UNAUTHENTICATED,
    FORBIDDEN,
    /**
     * A stale version on update or delete, a taken natural key, a delete of something still referenced; and a live
     * subscription that missed changes (it fell behind, or the server lost its database connection) and has ended:
     * in every case, the client's view is out of date and must be read again.
     */
    CONFLICT,
    QUERY_TOO_COMPLEX,
    INTERNAL,
    /** An automatic persisted query's hash (or a trusted document's id) the server does not know: send the text. */
    PERSISTED_QUERY_NOT_FOUND,
    /** Automatic persisted queries are turned off on this server: send the text. */
    PERSISTED_QUERY_NOT_SUPPORTED,
    /** The server runs only its trusted documents, and this is not one of them. */
    DOCUMENT_NOT_TRUSTED
}
