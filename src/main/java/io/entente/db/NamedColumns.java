package io.entente.db;

import java.util.Arrays;
import java.util.Iterator;
import java.util.List;

import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.Tuple;

/**
 * The rows of one result, whose columns are looked up by name once for the whole result instead of at every read.
 *
 * <p>vertx-sql-client finds {@code row.getLong("id")}'s column by comparing the name's hash and text with each
 * column's in turn, for every value of every row: in a page of 50 meetings with their 200 participants that was
 * 5% of the request's CPU. Our mappers ask for columns by constant names, so the columns they asked for are
 * remembered by identity: after the first row, a read costs a few reference comparisons. A result is mapped by
 * one thread, so the memory needs no locking.
 */
public final class NamedColumns {

    private final List<String> names;
    private String[] asked = new String[16];
    private int[] positions = new int[16];
    private int count;

    private NamedColumns(List<String> names) {
        this.names = names;
    }

    /** The rows of {@code rows} (the Mutiny result set's), each answering column names through one memory. */
    public static Iterable<io.vertx.mutiny.sqlclient.Row> of(io.vertx.mutiny.sqlclient.RowSet<io.vertx.mutiny.sqlclient.Row> rows) {
        NamedColumns columns = new NamedColumns(rows.columnsNames());
        return () -> {
            Iterator<Row> each = rows.getDelegate().iterator();
            return new Iterator<>() {
                @Override
                public boolean hasNext() {
                    return each.hasNext();
                }

                @Override
                public io.vertx.mutiny.sqlclient.Row next() {
                    return io.vertx.mutiny.sqlclient.Row.newInstance(new Named(each.next(), columns));
                }
            };
        };
    }

    int positionOf(String column) {
        for (int i = 0; i < count; i++) {
            if (asked[i] == column) {
                return positions[i];
            }
        }
        for (int i = 0; i < count; i++) {
            if (asked[i].equals(column)) {
                return positions[i]; // a name built at run time: not remembered again, so the memory stays small
            }
        }
        int position = names.indexOf(column);
        if (count == asked.length) {
            asked = Arrays.copyOf(asked, count * 2);
            positions = Arrays.copyOf(positions, count * 2);
        }
        asked[count] = column;
        positions[count++] = position;
        return position;
    }

    /** A row of the driver's whose columns are found through the result's memory; everything else is the row's own. */
    private record Named(Row row, NamedColumns columns) implements Row {

        @Override
        public int getColumnIndex(String column) {
            return columns.positionOf(column);
        }

        @Override
        public String getColumnName(int position) {
            return row.getColumnName(position);
        }

        @Override
        public Object getValue(int position) {
            return row.getValue(position);
        }

        @Override
        public <T> T get(Class<T> type, int position) {
            return row.get(type, position); // the PostgreSQL row's own conversions (enums, geometric types, ...)
        }

        @Override
        public Tuple addValue(Object value) {
            row.addValue(value);
            return this;
        }

        @Override
        public int size() {
            return row.size();
        }

        @Override
        public void clear() {
            row.clear();
        }

        @Override
        public List<Class<?>> types() {
            return row.types();
        }

        @Override
        public String toString() {
            return row.toString();
        }
    }
}
