package io.entente.importer;

import java.util.function.BiFunction;
import java.util.function.Function;

import io.entente.write.Tx;
import io.smallrye.mutiny.Uni;

/**
 * One type a JSON Lines file can hold: the mutation input its lines carry, the natural key that identifies a
 * record across imports, how to find the record with that key, and the write its mutations use.
 *
 * @param type the line's {@code type}, the GraphQL type name
 * @param nodeType the type of the ids of its records
 * @param table its table (for the written row's version)
 * @param input the mutation input class of its lines
 * @param naturalKey the input's natural key, as text
 * @param find the key and version of the record with the input's natural key, or null
 * @param write creates (key null) or replaces the record, answering its key
 */
record ImportKind<I>(String type, String nodeType, String table, Class<I> input, Function<I, String> naturalKey,
        BiFunction<Tx, I, Uni<Existing>> find, Writer<I> write) {

    /** A record found by natural key. */
    record Existing(long key, int version) {
    }

    interface Writer<I> {
        Uni<Long> write(Tx tx, I input, Long key, Integer version);
    }
}
