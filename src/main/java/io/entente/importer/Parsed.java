package io.entente.importer;

import io.entente.graphql.ApiError;
import io.entente.graphql.ErrorCode;

/** A line read and checked before any SQL: either its kind, input, natural key and digest, or why it is rejected. */
final class Parsed<I> {

    final int number;
    ImportKind<I> kind;
    String rawType;
    I input;
    String naturalKey;
    String digest;
    LineResult rejection;

    Parsed(int number) {
        this.number = number;
    }

    String type() {
        return kind != null ? kind.type() : rawType;
    }

    Parsed<I> reject(ApiError why) {
        rejection = LineResult.rejected(number, type(), naturalKey, why);
        return this;
    }

    Parsed<I> reject(ErrorCode code, String field, String message) {
        return reject(new ApiError(code, message, field));
    }
}
