package io.entente.importer;

import java.lang.reflect.Array;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import io.entente.write.BatchCreate;
import io.entente.write.Tx;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * One type a JSON Lines file can hold: the mutation input its lines carry, the natural key that identifies a
 * record across imports, how to find the records with the keys of a whole batch, and the writes its mutations use.
 *
 * @param type the line's {@code type}, the GraphQL type name
 * @param nodeType the type of the ids of its records
 * @param table its table (for the written row's version)
 * @param input the mutation input class of its lines
 * @param naturalKey the input's natural key, as text
 * @param find the records with the natural keys of many inputs, in one statement
 * @param write creates (key null) or replaces one record, answering its key: the mutations' way
 * @param creates creates many records at once, or null where lines are written one by one
 */
record ImportKind<I>(String type, String nodeType, String table, Class<I> input, Function<I, String> naturalKey,
        Finder<I> find, Writer<I> write, BatchCreate<I> creates) {

    /** A record found by natural key. */
    record Existing(long key, int version) {
    }

    interface Writer<I> {
        Uni<Long> write(Tx tx, I input, Long key, Integer version);
    }

    /**
     * Finds records by natural key for many inputs: {@code sql} takes one array per key part ({@code $1} ...,
     * element types {@code parts}) and answers {@code ord} (the input's position, from 1), {@code id} and
     * {@code version}, at most one row per input.
     */
    record Finder<I>(String sql, List<Class<?>> parts, Function<I, Object[]> values) {

        /** The record of each input (null where none has its key), in input order. */
        Uni<Existing[]> find(Tx tx, List<I> inputs) {
            Tuple arguments = Tuple.tuple();
            Object[][] columns = new Object[parts.size()][];
            for (int p = 0; p < parts.size(); p++) {
                columns[p] = (Object[]) Array.newInstance(parts.get(p), inputs.size());
            }
            for (int i = 0; i < inputs.size(); i++) {
                Object[] row = values.apply(inputs.get(i));
                for (int p = 0; p < row.length; p++) {
                    columns[p][i] = row[p];
                }
            }
            for (Object[] column : columns) {
                arguments.addValue(column);
            }
            return tx.list(sql, arguments, row -> row).map(rows -> {
                Map<Long, Existing> byOrdinal = new HashMap<>();
                rows.forEach(row -> byOrdinal.putIfAbsent(row.getLong("ord"), new Existing(row.getLong("id"), row.getInteger("version"))));
                Existing[] found = new Existing[inputs.size()];
                for (int i = 0; i < found.length; i++) {
                    found[i] = byOrdinal.get((long) i + 1);
                }
                return found;
            });
        }
    }
}
