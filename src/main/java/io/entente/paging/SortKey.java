package io.entente.paging;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.function.Function;

/** One column of an ordering: what a cursor records of a row, and how it reads it back. */
public record SortKey<T>(String column, Kind kind, Function<T, Object> value) {

    public enum Kind {
        TEXT, DATE, NUMBER
    }

    public static <T> SortKey<T> text(String column, Function<T, Object> value) {
        return new SortKey<>(column, Kind.TEXT, value);
    }

    public static <T> SortKey<T> date(String column, Function<T, Object> value) {
        return new SortKey<>(column, Kind.DATE, value);
    }

    public static <T> SortKey<T> number(String column, Function<T, Object> value) {
        return new SortKey<>(column, Kind.NUMBER, value);
    }

    Object parse(String text) {
        try {
            return switch (kind) {
                case TEXT -> text;
                case DATE -> LocalDate.parse(text);
                case NUMBER -> Long.valueOf(text);
            };
        } catch (DateTimeParseException | NumberFormatException e) {
            throw new IllegalArgumentException(e);
        }
    }
}
