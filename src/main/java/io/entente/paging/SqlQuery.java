package io.entente.paging;

import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;

import io.vertx.mutiny.sqlclient.Tuple;

/** Collects the conditions and bound parameters of one SQL query; values are never spliced into the text. */
public final class SqlQuery {

    private final List<Object> arguments = new ArrayList<>();
    private final List<String> conditions = new ArrayList<>();

    /** Binds a value and returns its placeholder ({@code $3}). */
    public String param(Object value) {
        arguments.add(value);
        return "$" + arguments.size();
    }

    public SqlQuery where(String condition) {
        conditions.add(condition);
        return this;
    }

    /** {@code " where a and b"}, or nothing when there is no condition. */
    public String whereClause() {
        if (conditions.isEmpty()) {
            return "";
        }
        StringJoiner sql = new StringJoiner(" and ", " where ", "");
        conditions.forEach(sql::add);
        return sql.toString();
    }

    public Tuple arguments() {
        return Tuple.from(arguments);
    }

    /** A copy with the same conditions and parameters, to count what a page query selects. */
    public SqlQuery copy() {
        SqlQuery copy = new SqlQuery();
        copy.arguments.addAll(arguments);
        copy.conditions.addAll(conditions);
        return copy;
    }

    /** An ILIKE pattern matching the text anywhere, with its LIKE wildcards taken literally. */
    public static String containsPattern(String text) {
        return "%" + text.trim().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }
}
