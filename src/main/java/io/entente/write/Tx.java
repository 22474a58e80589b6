package io.entente.write;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import io.entente.auth.Actor;
import io.entente.graphql.ApiError;
import io.entente.graphql.ErrorCode;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * One write transaction: its connection and who is writing. Everything a mutation or an import line does goes
 * through one of these, so that it commits or rolls back as a whole.
 */
public final class Tx {

    private final SqlConnection connection;
    private final Actor actor;

    Tx(SqlConnection connection, Actor actor) {
        this.connection = connection;
        this.actor = actor;
    }

    public Actor actor() {
        return actor;
    }

    public Uni<RowSet<Row>> execute(String sql, Tuple arguments) {
        return connection.preparedQuery(sql).execute(arguments);
    }

    /** A statement without parameters that cannot be prepared, such as {@code savepoint}. */
    public Uni<Void> command(String sql) {
        return connection.query(sql).execute().replaceWithVoid();
    }

    public Uni<Void> executeBatch(String sql, List<Tuple> batch) {
        if (batch.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        return connection.preparedQuery(sql).executeBatch(batch).replaceWithVoid();
    }

    public <T> Uni<List<T>> list(String sql, Tuple arguments, Function<Row, T> mapper) {
        return execute(sql, arguments).map(rows -> {
            List<T> result = new ArrayList<>(rows.size());
            rows.forEach(row -> result.add(mapper.apply(row)));
            return result;
        });
    }

    /** The first row's mapping, or null. */
    public <T> Uni<T> first(String sql, Tuple arguments, Function<Row, T> mapper) {
        return list(sql, arguments, mapper).map(rows -> rows.isEmpty() ? null : rows.get(0));
    }

    /**
     * Keys for {@code count} new rows of {@code table}, taken from its identity's sequence in one statement: rows
     * written in a set by several statements (a parent and its children) know their keys before the first one.
     */
    public Uni<long[]> newKeys(String table, int count) {
        return list("select nextval(pg_get_serial_sequence($1, 'id')) as id from generate_series(1, $2)", Tuple.of(table, count),
                row -> row.getLong("id")).map(keys -> keys.stream().mapToLong(Long::longValue).toArray());
    }

    /** Inserts a row with audit columns set to this transaction's actor; answers its key. */
    public Uni<Long> insert(String table, Columns columns) {
        Tuple arguments = columns.arguments().addString(actor.name());
        int actorParam = columns.size() + 1;
        String sql = "insert into " + table + " (" + columns.names() + ", created_by, updated_by) values ("
                + columns.placeholders(1) + ", $" + actorParam + ", $" + actorParam + ") returning id";
        return execute(sql, arguments).map(rows -> rows.iterator().next().getLong("id"));
    }

    /**
     * Updates the row if it still has the version the client saw, bumping it and recording who changed it. A row
     * that is gone answers NOT_FOUND; one changed since answers CONFLICT and nothing is written.
     */
    public Uni<Void> update(String table, String what, long key, int version, Columns columns) {
        Tuple arguments = Tuple.of(key, version, actor.name());
        columns.values().forEach(arguments::addValue);
        String sql = "update " + table + " set " + columns.assignments(4)
                + (columns.size() > 0 ? ", " : "") + "version = version + 1, updated_at = now(), updated_by = $3"
                + " where id = $1 and version = $2";
        return execute(sql, arguments).chain(rows -> rows.rowCount() == 1
                ? Uni.createFrom().voidItem()
                : staleOrMissing(table, what, key, version));
    }

    /** Marks the row changed (version, who, when) after its owned rows changed; same checks as an update. */
    public Uni<Void> touch(String table, String what, long key, int version) {
        return update(table, what, key, version, new Columns());
    }

    /** Deletes the row if it still has the version the client saw. */
    public Uni<Void> delete(String table, String what, long key, int version) {
        return execute("delete from " + table + " where id = $1 and version = $2", Tuple.of(key, version))
                .chain(rows -> rows.rowCount() == 1 ? Uni.createFrom().voidItem() : staleOrMissing(table, what, key, version));
    }

    /** Fails NOT_FOUND unless the row exists; locks it until commit so that checks made on its children hold. */
    public Uni<Void> lock(String table, String what, long key) {
        return execute("select 1 from " + table + " where id = $1 for update", Tuple.of(key))
                .map(rows -> {
                    if (rows.rowCount() == 0) {
                        throw ApiError.notFound("No " + what + " has this id.");
                    }
                    return null;
                });
    }

    private Uni<Void> staleOrMissing(String table, String what, long key, int version) {
        return execute("select version from " + table + " where id = $1", Tuple.of(key)).map(rows -> {
            if (rows.rowCount() == 0) {
                throw ApiError.notFound("No " + what + " has this id.");
            }
            int current = rows.iterator().next().getInteger("version");
            throw new ApiError(ErrorCode.CONFLICT, "The " + what + " was changed since version " + version
                    + " (it is at version " + current + "); read it again and reapply your change.", "version");
        });
    }
}
