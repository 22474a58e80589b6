package io.entente.write;

import java.util.List;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import io.entente.auth.Access;
import io.entente.auth.Actor;
import io.entente.auth.Role;
import io.entente.graphql.ApiError;
import io.entente.graphql.ErrorCode;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.pgclient.PgException;

/**
 * Runs writes: checks the caller's role, then runs the work in one transaction on the reactive pool, which
 * commits when the work succeeds and rolls back when it fails, so a mutation changes all it says or nothing.
 *
 * <p>Writes use SQL on the pool, like reads, rather than Hibernate sessions: a mutation's result is resolved by
 * the same batch loaders as any query, optimistic locking is one {@code update ... where version = $n}, and the
 * import can commit many lines per transaction with a savepoint per line. Constraint violations that validation
 * could not foresee (two writers racing for one natural key) become CONFLICT, never INTERNAL.
 */
@ApplicationScoped
public class Writes {

    private static final Logger LOG = Logger.getLogger(Writes.class);
    private static final Pattern UNIQUE_DETAIL = Pattern.compile("Key \\((.+?)\\)=\\((.*)\\) already exists\\.?");
    private static final Pattern REFERENCING_TABLE = Pattern.compile("on table \"(\\w+)\"$");

    private final Access access;
    private final Pool pool;

    public Writes(Access access, Pool pool) {
        this.access = access;
        this.pool = pool;
    }

    /** Runs {@code write} as an editor, in a transaction, and answers the written row as {@code byKeys} reads it back. */
    public <T> Uni<T> edit(Function<Tx, Uni<Long>> write, Function<List<Long>, Uni<List<T>>> byKeys) {
        return as(Role.EDITOR, write).chain(key -> readBack(byKeys, key));
    }

    /** Runs {@code delete} as an admin, in a transaction, and answers the deleted object's id. */
    public Uni<String> delete(String id, Function<Tx, Uni<Void>> delete) {
        return as(Role.ADMIN, delete).replaceWith(id);
    }

    /** Runs {@code work} in a transaction as a caller holding {@code role}. */
    public <T> Uni<T> as(Role role, Function<Tx, Uni<T>> work) {
        return access.require(role).chain(actor -> inTransaction(actor, work));
    }

    /** Runs {@code work} in a transaction as {@code actor}, whose rights were checked already. */
    public <T> Uni<T> inTransaction(Actor actor, Function<Tx, Uni<T>> work) {
        // deferred: a rule broken before the first statement fails the Uni (and rolls back) rather than throwing
        return pool.withTransaction(connection -> Uni.createFrom().deferred(() -> work.apply(new Tx(connection, actor))))
                .onFailure(PgException.class).transform(failure -> translate((PgException) failure));
    }

    /**
     * Runs {@code work} in a transaction that outlives failed statements rolled back to a savepoint, as the
     * import's lines need: the driver's own transactions roll back at the first failed statement, savepoint or not,
     * so this one is begun and ended by plain statements. It runs to its commit or rollback even when whoever
     * waits for it goes away, so that its connection never goes back to the pool inside a transaction.
     */
    public <T> Uni<T> inTransactionWithSavepoints(Actor actor, Function<Tx, Uni<T>> work) {
        Uni<T> transaction = pool.withConnection(connection -> connection.query("begin").execute()
                .chain(() -> Uni.createFrom().deferred(() -> work.apply(new Tx(connection, actor))))
                .call(() -> connection.query("commit").execute())
                .onFailure().call(() -> connection.query("rollback").execute().onFailure().recoverWithNull()))
                .onFailure(PgException.class).transform(failure -> translate((PgException) failure));
        return Uni.createFrom().deferred(() -> Uni.createFrom().completionStage(transaction.subscribeAsCompletionStage()));
    }

    /** What a mutation returns: the written row read back (after commit) by the feature's batch loader. */
    private static <T> Uni<T> readBack(Function<List<Long>, Uni<List<T>>> byKeys, long key) {
        return byKeys.apply(List.of(key)).map(found -> found.get(0));
    }

    /** Says what a constraint violation means for the client; anything else stays an internal error. */
    public static Throwable translate(PgException failure) {
        String state = failure.getSqlState();
        if ("23505".equals(state)) {
            Matcher detail = UNIQUE_DETAIL.matcher(String.valueOf(failure.getDetail()));
            String what = detail.matches() ? detail.group(1).replace("_id", "").replace("_", " ") + " " + detail.group(2) : "these values";
            return new ApiError(ErrorCode.CONFLICT, "Another record already has " + what + ".");
        }
        if ("23503".equals(state)) {
            Matcher table = REFERENCING_TABLE.matcher(String.valueOf(failure.getErrorMessage()));
            if (String.valueOf(failure.getErrorMessage()).startsWith("update or delete") && table.find()) {
                return new ApiError(ErrorCode.CONFLICT, "It is still referenced by " + table.group(1).replace('_', ' ')
                        + " records; delete or change those first.");
            }
            return new ApiError(ErrorCode.CONFLICT, "A record this one refers to was deleted meanwhile; read it again.");
        }
        if ("23514".equals(state) || "23502".equals(state) || "22001".equals(state)) {
            return ApiError.badInput("A value breaks a rule of the record (" + failure.getConstraint() + ").");
        }
        if ("40001".equals(state) || "40P01".equals(state)) {
            return new ApiError(ErrorCode.CONFLICT, "A concurrent write got in the way; try again.");
        }
        LOG.errorf(failure, "Unexpected database failure while writing");
        return failure;
    }
}
