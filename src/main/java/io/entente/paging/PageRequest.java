package io.entente.paging;

import io.entente.db.Selection;
import java.util.List;

/**
 * A validated page request under one ordering: {@code first} items after a cursor, or, read backwards,
 * {@code last} items before one.
 */
public record PageRequest<T>(int size, List<Object> cursor, Ordering<T> ordering, boolean backward, boolean counted) {

    public PageRequest(int size, List<Object> cursor, Ordering<T> ordering, boolean backward) {
        this(size, cursor, ordering, backward, true);
    }

    /**
     * The same request, its total counted with the page only if {@code totalCount} is selected: for a nested
     * connection the count is most of what the statement costs.
     */
    public PageRequest<T> countedIf(Selection selection) {
        return new PageRequest<>(size, cursor, ordering, backward, selection.includes("totalCount"));
    }

    /** Adds the keyset condition and returns {@code order by ... limit n+1} for the page query. */
    public String apply(SqlQuery sql) {
        Ordering<T> reading = backward ? ordering.reversed() : ordering;
        if (cursor != null) {
            sql.where(reading.after(cursor, sql));
        }
        return " order by " + reading.orderBy() + " limit " + (size + 1);
    }
}
