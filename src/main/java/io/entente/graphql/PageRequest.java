package io.entente.graphql;

import java.util.List;

/**
 * A validated page request under one ordering: {@code first} items after a cursor, or, read backwards,
 * {@code last} items before one.
 */
public record PageRequest<T>(int size, List<Object> cursor, Ordering<T> ordering, boolean backward) {

    /** Adds the keyset condition and returns {@code order by ... limit n+1} for the page query. */
    public String apply(SqlQuery sql) {
        Ordering<T> reading = backward ? ordering.reversed() : ordering;
        if (cursor != null) {
            sql.where(reading.after(cursor, sql));
        }
        return " order by " + reading.orderBy() + " limit " + (size + 1);
    }
}
