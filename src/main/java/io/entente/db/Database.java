package io.entente.db;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;

import io.micrometer.core.instrument.Counter;
import io.quarkus.runtime.Startup;
import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * The read side's way to PostgreSQL: prepared statements on the reactive pool, counted.
 *
 * <p>GraphQL resolves sibling fields concurrently, and a Hibernate Reactive session must never serve two
 * of them at once. The pool is safe for concurrent use (each statement borrows its own connection), so
 * every resolver and batch loader reads through here. One SQL text per query (array parameters with
 * {@code = any($1)}, never expanded IN lists) keeps prepared statements reusable.
 */
@Startup // so that entente_sql_statements_total is published from start-up, not from the first query
@ApplicationScoped
public class Database {

    private final Pool pool;
    private final Counter statements;

    public Database(Pool pool, MeterRegistry registry) {
        this.pool = pool;
        this.statements = Counter.builder("entente.sql.statements")
                .description("SQL statements the GraphQL API sent to PostgreSQL")
                .register(registry);
    }

    public Uni<RowSet<Row>> execute(String sql, Tuple arguments) {
        statements.increment();
        return pool.preparedQuery(sql).execute(arguments);
    }

    public <T> Uni<List<T>> list(String sql, Tuple arguments, Function<Row, T> mapper) {
        return execute(sql, arguments).map(rows -> {
            List<T> result = new ArrayList<>(rows.size());
            for (Row row : NamedColumns.of(rows)) {
                result.add(mapper.apply(row));
            }
            return result;
        });
    }

    /** Statements sent since start-up (also {@code entente_sql_statements_total} at /q/metrics). */
    public long statementsExecuted() {
        return (long) statements.count();
    }
}
