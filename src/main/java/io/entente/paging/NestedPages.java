package io.entente.paging;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;

import io.entente.db.Batches;
import io.entente.db.Database;
import io.entente.db.NamedColumns;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Row;

/**
 * Pages of a nested connection ({@code Country.meetings}) for every parent of a level in one statement:
 * a lateral subquery per parent key takes that parent's page (keyset, limit n+1) and its total count, so
 * the cost stays one statement per field and level however many parents there are.
 */
@ApplicationScoped
public class NestedPages {

    private final Database db;

    public NestedPages(Database db) {
        this.db = db;
    }

    /**
     * @param from            the from clause of the children, with the aliases the ordering uses
     * @param parentCondition the condition tying a child to {@code parent.key}, e.g. {@code mc.country_id = parent.key}
     */
    public <T> Uni<List<Page<T>>> fetch(List<Long> parentKeys, String columns, String from, String parentCondition,
            PageRequest<T> request, Function<Row, T> mapper) {
        SqlQuery sql = new SqlQuery();
        String parents = sql.param(Batches.distinct(parentKeys, k -> k));
        sql.where(parentCondition);
        SqlQuery count = sql.copy();
        String orderAndLimit = request.apply(sql);
        String text = "select parent.key as parent_key, " + (request.counted() ? "total.n" : "null::int") + " as total_count, page.*"
                // entente_batch_keys (V8) lets PostgreSQL keep one plan for any number of parents
                + " from unnest(entente_batch_keys(" + parents + "::bigint[])) as parent(key)"
                + (request.counted() ? " cross join lateral (select count(*)::int as n from " + from + count.whereClause() + ") total" : "")
                + " left join lateral (select " + columns + " from " + from + sql.whereClause() + orderAndLimit
                + ") page on true";
        return db.execute(text, sql.arguments()).map(rows -> {
            Map<Long, List<T>> children = new HashMap<>();
            Map<Long, Integer> totals = new HashMap<>();
            for (Row row : NamedColumns.of(rows)) {
                long parent = row.getLong("parent_key");
                if (request.counted()) {
                    totals.put(parent, row.getInteger("total_count"));
                }
                List<T> list = children.computeIfAbsent(parent, k -> new ArrayList<>());
                if (row.getValue("id") != null) {
                    list.add(mapper.apply(row));
                }
            }
            List<Page<T>> pages = new ArrayList<>(parentKeys.size());
            for (Long key : parentKeys) {
                Integer total = totals.getOrDefault(key, 0);
                // Uncounted only when no place of the field in the query selects totalCount (Selection).
                Supplier<Uni<Integer>> totalCount = request.counted() ? () -> Uni.createFrom().item(total)
                        : () -> Uni.createFrom().failure(new IllegalStateException("totalCount was not counted"));
                pages.add(Page.of(children.getOrDefault(key, List.of()), request, totalCount));
            }
            return pages;
        });
    }
}
