package io.entente.graphql;

import java.util.List;

/** A validated {@code first}/{@code after} pair under one ordering. */
public record PageRequest<T>(int size, List<Object> after, Ordering<T> ordering) {

    /** Adds the keyset condition and returns {@code order by ... limit n+1} for the page query. */
    public String apply(SqlQuery sql) {
        if (after != null) {
            sql.where(ordering.after(after, sql));
        }
        return " order by " + ordering.orderBy() + " limit " + (size + 1);
    }
}
