package io.entente.graphql.engine;

/**
 * An argument value of a batch field that does not convert to its parameter's type (a malformed date). It is
 * answered as SmallRye's own failure to convert an argument is, so that the answer is the same whether
 * {@link BatchFields} or SmallRye's batch fetcher called the method.
 */
public final class InvalidBatchArgument extends RuntimeException {

    InvalidBatchArgument(Throwable cause) {
        super(cause.getMessage(), cause, false, false);
    }
}
