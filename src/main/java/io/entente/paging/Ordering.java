package io.entente.paging;

import io.entente.graphql.ApiError;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.StringJoiner;

/**
 * How a list is sorted, as keyset pagination needs it: the columns (the last one unique, so the order is
 * total), one direction, and the cursor format. A cursor records the ordering's name and the row's key
 * values, so it stays valid when rows are added or deleted, and is refused under another ordering.
 */
public final class Ordering<T> {

    private final String name;
    private final boolean descending;
    private final List<SortKey<T>> keys;

    private Ordering(String name, boolean descending, List<SortKey<T>> keys) {
        this.name = name;
        this.descending = descending;
        this.keys = keys;
    }

    @SafeVarargs
    public static <T> Ordering<T> ascending(String name, SortKey<T>... keys) {
        return new Ordering<>(name, false, List.of(keys));
    }

    @SafeVarargs
    public static <T> Ordering<T> descending(String name, SortKey<T>... keys) {
        return new Ordering<>(name, true, List.of(keys));
    }

    /** The same columns in the opposite direction, to read a page backwards; cursors stay interchangeable. */
    Ordering<T> reversed() {
        return new Ordering<>(name, !descending, keys);
    }

    /** The ORDER BY clause's content, e.g. {@code m.start_date desc, m.id desc}. */
    public String orderBy() {
        StringJoiner sql = new StringJoiner(", ");
        for (SortKey<T> key : keys) {
            sql.add(key.column() + (descending ? " desc" : " asc"));
        }
        return sql.toString();
    }

    /** The condition selecting rows after a cursor's row, with its values bound through {@code sql}. */
    public String after(List<Object> cursorValues, SqlQuery sql) {
        StringJoiner columns = new StringJoiner(", ", "(", ")");
        StringJoiner params = new StringJoiner(", ", "(", ")");
        for (int i = 0; i < keys.size(); i++) {
            columns.add(keys.get(i).column());
            params.add(sql.param(cursorValues.get(i)));
        }
        return columns + (descending ? " < " : " > ") + params;
    }

    String cursorOf(T row) {
        StringJoiner text = new StringJoiner("|");
        text.add(name);
        for (SortKey<T> key : keys) {
            text.add(URLEncoder.encode(String.valueOf(key.value().apply(row)), StandardCharsets.UTF_8));
        }
        return Base64.getUrlEncoder().withoutPadding().encodeToString(text.toString().getBytes(StandardCharsets.UTF_8));
    }

    /** The key values recorded in a cursor issued under this ordering. */
    List<Object> decode(String cursor) {
        String[] parts;
        try {
            parts = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8).split("\\|", -1);
        } catch (IllegalArgumentException e) {
            throw ApiError.badInput("\"" + cursor + "\" is not a valid cursor.");
        }
        if (parts.length != keys.size() + 1) {
            throw ApiError.badInput("\"" + cursor + "\" is not a valid cursor.");
        }
        if (!parts[0].equals(name)) {
            throw ApiError.badInput("The cursor \"" + cursor + "\" was issued for the ordering " + parts[0]
                    + " and cannot be used with " + name + ".");
        }
        List<Object> values = new ArrayList<>(keys.size());
        try {
            for (int i = 0; i < keys.size(); i++) {
                values.add(keys.get(i).parse(URLDecoder.decode(parts[i + 1], StandardCharsets.UTF_8)));
            }
        } catch (IllegalArgumentException e) {
            throw ApiError.badInput("\"" + cursor + "\" is not a valid cursor.");
        }
        return values;
    }

    public String name() {
        return name;
    }
}
