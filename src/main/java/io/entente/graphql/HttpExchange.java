package io.entente.graphql;

import graphql.language.OperationDefinition;

/**
 * What the HTTP route and the engine tell each other about one operation of a request: whether it came by GET
 * (where only queries run), and which kind of operation the document turned out to hold. Travels in the execution's
 * GraphQL context under {@link #KEY}; {@link HttpOperationRules} fills it in.
 */
public final class HttpExchange {

    public static final String KEY = "entente.http.exchange";

    private final boolean get;
    private volatile OperationDefinition.Operation operation;
    private volatile boolean methodNotAllowed;

    public HttpExchange(boolean get) {
        this.get = get;
    }

    boolean get() {
        return get;
    }

    void ran(OperationDefinition.Operation operation) {
        this.operation = operation;
    }

    void refuseMethod() {
        this.methodNotAllowed = true;
    }

    /** The kind of operation the engine chose, or null if it stopped before choosing (a syntax error, ...). */
    public OperationDefinition.Operation operation() {
        return operation;
    }

    /** True for a mutation sent by GET, which the route answers 405. */
    public boolean methodNotAllowed() {
        return methodNotAllowed;
    }
}
