package io.entente.db;

import java.time.LocalDate;
import java.util.function.Function;

import org.hibernate.engine.spi.SelfDirtinessTracker;

import io.vertx.mutiny.sqlclient.Row;

/** What the entities' {@code from(Row)} mappers share. */
public final class Rows {

    private Rows() {
    }

    /**
     * A new entity with Hibernate's dirty tracking off. Quarkus enhances entities so that every field set is
     * recorded (copying the tracker's array each time) for a Hibernate session to flush; rows mapped here are read
     * for GraphQL and never written back through Hibernate (writes are SQL statements, {@code io.entente.write}),
     * and a nest of 2,000 participants set some 20,000 fields.
     */
    public static <T> T untracked(T entity) {
        if (entity instanceof SelfDirtinessTracker tracker) {
            tracker.$$_hibernate_suspendDirtyTracking(true);
        }
        return entity;
    }

    // The optional readers: a column the statement left out (SelectList) reads as null. A mapper reads the columns
    // it always selects with the row's own getters, which fail on a missing column.

    /** The text column's value; null if null or not selected. */
    public static String optionalString(Row row, String column) {
        int position = row.getColumnIndex(column);
        return position < 0 ? null : row.getString(position);
    }

    /** The bigint column's value; null if null or not selected. */
    public static Long optionalLong(Row row, String column) {
        int position = row.getColumnIndex(column);
        return position < 0 ? null : row.getLong(position);
    }

    /** The date column's value; null if null or not selected. */
    public static LocalDate optionalDate(Row row, String column) {
        int position = row.getColumnIndex(column);
        return position < 0 ? null : row.getLocalDate(position);
    }

    /** The text array column's value; null if null or not selected. */
    public static String[] optionalStrings(Row row, String column) {
        int position = row.getColumnIndex(column);
        return position < 0 ? null : row.getArrayOfStrings(position);
    }

    /** The enum column's value by its name; null if null or not selected. */
    public static <E extends Enum<E>> E optionalEnum(Row row, String column, Function<String, E> valueOf) {
        String name = optionalString(row, column);
        return name == null ? null : valueOf.apply(name);
    }
}
