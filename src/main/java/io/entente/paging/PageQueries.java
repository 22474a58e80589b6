package io.entente.paging;

import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;

import io.entente.db.Database;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Row;

/**
 * Runs the page query of a root connection: one statement for the page (keyset condition, one row beyond
 * the page size), and a count over the same conditions only if the client selects {@code totalCount}.
 */
@ApplicationScoped
public class PageQueries {

    private final Database db;

    public PageQueries(Database db) {
        this.db = db;
    }

    /**
     * @param columns the select list
     * @param from    the from clause, with the aliases the conditions and the ordering use
     * @param sql     the filter conditions and their parameters
     */
    public <T> Uni<Page<T>> fetch(String columns, String from, SqlQuery sql, PageRequest<T> request,
            Function<Row, T> mapper) {
        SqlQuery count = sql.copy();
        String orderAndLimit = request.apply(sql);
        return db.list("select " + columns + " from " + from + sql.whereClause() + orderAndLimit, sql.arguments(), mapper)
                .map(rows -> Page.of(rows, request, () -> db
                        .execute("select count(*) from " + from + count.whereClause(), count.arguments())
                        .map(result -> result.iterator().next().getInteger(0))));
    }
}
