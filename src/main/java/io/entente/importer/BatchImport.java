package io.entente.importer;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jboss.logging.Logger;

import io.entente.graphql.ApiError;
import io.entente.graphql.ErrorCode;
import io.entente.graphql.GlobalId;
import io.entente.write.BatchCreate;
import io.entente.write.Tx;
import io.entente.write.Writes;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import io.vertx.pgclient.PgException;

/**
 * Imports one batch of parsed lines in its transaction, set-based where it can be. The batch is cut into runs:
 * consecutive lines of one type with distinct natural keys (a key seen again starts a new run, so that the second
 * line finds what the first wrote). For each run, one statement finds the records with its natural keys and one
 * the digests of the lines that last wrote them; lines already imported are UNCHANGED with no more SQL. Lines
 * that create go to the type's {@link BatchCreate} (a few statements for the whole run) under a savepoint; if one
 * of its statements fails, the run rolls back to it and those lines are written one by one. Lines that replace a
 * record, and types without a set-based way, are written one by one, each under its own savepoint: whatever
 * fails, only its own line is rejected.
 */
final class BatchImport {

    private static final Logger LOG = Logger.getLogger(BatchImport.class);

    private static final String RECALL = "select r.ord, m.row_id, m.row_version, m.digest from unnest($2::text[]) with ordinality"
            + " r(natural_key, ord) join import_record m on m.kind = $1 and m.natural_key = r.natural_key";
    private static final String REMEMBER = "insert into import_record (kind, natural_key, row_id, row_version, digest)"
            + " values ($1, $2, $3, $4, $5) on conflict (kind, natural_key) do update set row_id = excluded.row_id,"
            + " row_version = excluded.row_version, digest = excluded.digest, imported_at = now()";
    private static final String REMEMBER_ALL = "insert into import_record (kind, natural_key, row_id, row_version, digest)"
            + " select $1, r.natural_key, r.row_id, 1, r.digest from unnest($2::text[], $3::bigint[], $4::text[]) r(natural_key, row_id, digest)"
            + " on conflict (kind, natural_key) do update set row_id = excluded.row_id,"
            + " row_version = excluded.row_version, digest = excluded.digest, imported_at = now()";

    private final Tx tx;
    private final LineResult[] results;
    private final List<Parsed<?>> lines;

    private BatchImport(Tx tx, List<Parsed<?>> lines) {
        this.tx = tx;
        this.lines = lines;
        this.results = new LineResult[lines.size()];
    }

    /** One result per line, in input order. */
    static Uni<List<LineResult>> run(Tx tx, List<Parsed<?>> lines) {
        BatchImport batch = new BatchImport(tx, lines);
        return Multi.createFrom().iterable(batch.runs())
                .onItem().transformToUniAndConcatenate(run -> batch.importRun(run))
                .collect().last()
                .map(done -> Arrays.asList(batch.results));
    }

    /** The runs (lists of line positions); rejected lines get their result here and join no run. */
    private List<List<Integer>> runs() {
        List<List<Integer>> runs = new ArrayList<>();
        List<Integer> run = new ArrayList<>();
        Set<String> keys = new HashSet<>();
        ImportKind<?> kind = null;
        for (int i = 0; i < lines.size(); i++) {
            Parsed<?> line = lines.get(i);
            if (line.rejection != null) {
                results[i] = line.rejection;
                continue;
            }
            if (line.kind != kind || !keys.add(line.naturalKey)) {
                if (!run.isEmpty()) {
                    runs.add(run);
                }
                run = new ArrayList<>();
                keys = new HashSet<>(Set.of(line.naturalKey));
                kind = line.kind;
            }
            run.add(i);
        }
        if (!run.isEmpty()) {
            runs.add(run);
        }
        return runs;
    }

    @SuppressWarnings({ "unchecked", "rawtypes" })
    private Uni<Void> importRun(List<Integer> run) {
        ImportKind kind = lines.get(run.get(0)).kind;
        List<Object> inputs = run.stream().map(i -> (Object) lines.get(i).input).toList();
        String[] keys = run.stream().map(i -> lines.get(i).naturalKey).toArray(String[]::new);
        Uni<ImportKind.Existing[]> found = kind.find().find(tx, inputs);
        return found.chain(existing -> tx.list(RECALL, Tuple.of(kind.type(), keys), row -> row).chain(rows -> {
            Map<Long, Row> recalled = new HashMap<>();
            rows.forEach(row -> recalled.put(row.getLong("ord"), row));
            List<Integer> creates = new ArrayList<>();
            List<Integer> alone = new ArrayList<>();
            Map<Integer, ImportKind.Existing> existingByLine = new HashMap<>();
            for (int r = 0; r < run.size(); r++) {
                int i = run.get(r);
                Parsed<?> line = lines.get(i);
                ImportKind.Existing record = existing[r];
                Row memory = recalled.get((long) r + 1);
                if (record != null && memory != null && memory.getString("digest").equals(line.digest)
                        && memory.getLong("row_id") == record.key() && memory.getInteger("row_version") == record.version()) {
                    results[i] = result(line, ImportOutcome.UNCHANGED, record.key());
                } else if (record == null && kind.creates() != null) {
                    creates.add(i);
                } else {
                    alone.add(i);
                    existingByLine.put(i, record);
                }
            }
            return createAll(kind, creates, alone).chain(() -> writeEach(alone, existingByLine));
        }));
    }

    /** The run's creating lines in a few statements; any that must go alone are added to {@code alone}. */
    @SuppressWarnings({ "unchecked", "rawtypes" })
    private Uni<Void> createAll(ImportKind kind, List<Integer> creates, List<Integer> alone) {
        if (creates.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        List<Object> inputs = creates.stream().map(i -> (Object) lines.get(i).input).toList();
        List<Integer> remembered = new ArrayList<>();
        return tx.command("savepoint import_run")
                .chain(() -> ((BatchCreate<Object>) kind.creates()).create(tx, inputs))
                .chain(created -> {
                    List<String> keys = new ArrayList<>();
                    List<Long> rows = new ArrayList<>();
                    List<String> digests = new ArrayList<>();
                    for (int c = 0; c < creates.size(); c++) {
                        int i = creates.get(c);
                        Parsed<?> line = lines.get(i);
                        BatchCreate.Created outcome = created.get(c);
                        if (outcome.key() != null) {
                            results[i] = result(line, ImportOutcome.CREATED, outcome.key());
                            remembered.add(i);
                            keys.add(line.naturalKey);
                            rows.add(outcome.key());
                            digests.add(line.digest);
                        } else if (outcome.refused() != null) {
                            results[i] = LineResult.rejected(line.number, line.type(), line.naturalKey, outcome.refused());
                        } else {
                            alone.add(i);
                        }
                    }
                    // a new row is at version 1: no statement reads it back
                    return keys.isEmpty() ? Uni.createFrom().voidItem()
                            : tx.execute(REMEMBER_ALL, Tuple.of(kind.type(), keys.toArray(String[]::new), rows.toArray(Long[]::new),
                                    digests.toArray(String[]::new))).replaceWithVoid();
                })
                .chain(() -> tx.command("release savepoint import_run"))
                .onFailure().recoverWithUni(failure -> {
                    LOG.debugf(failure, "A set-based write of %d %s lines failed; writing them one by one", creates.size(), kind.type());
                    remembered.forEach(i -> results[i] = null);
                    creates.forEach(i -> results[i] = null);
                    alone.removeAll(creates);
                    alone.addAll(creates);
                    return tx.command("rollback to savepoint import_run");
                });
    }

    /** Lines written one by one, each under its own savepoint, in input order. */
    private Uni<Void> writeEach(List<Integer> alone, Map<Integer, ImportKind.Existing> existing) {
        alone.sort(null);
        return Multi.createFrom().iterable(alone)
                .onItem().transformToUniAndConcatenate(i -> writeAlone(lines.get(i), existing.get(i)).invoke(result -> results[i] = result))
                .collect().last().replaceWithVoid();
    }

    private <I> Uni<LineResult> writeAlone(Parsed<I> line, ImportKind.Existing existing) {
        ImportKind<I> kind = line.kind;
        Long key = existing == null ? null : existing.key();
        Integer version = existing == null ? null : existing.version();
        return tx.command("savepoint import_line")
                .chain(() -> Uni.createFrom().deferred(() -> kind.write().write(tx, line.input, key, version)))
                .chain(written -> tx.first("select version from " + kind.table() + " where id = $1", Tuple.of(written),
                        row -> row.getInteger("version"))
                        .chain(newVersion -> tx.execute(REMEMBER, Tuple.of(kind.type(), line.naturalKey, written, newVersion, line.digest)))
                        .replaceWith(result(line, existing == null ? ImportOutcome.CREATED : ImportOutcome.UPDATED, written)))
                .call(() -> tx.command("release savepoint import_line"))
                .onFailure().recoverWithUni(failure -> tx.command("rollback to savepoint import_line")
                        .replaceWith(LineResult.rejected(line.number, line.type(), line.naturalKey, asApiError(failure))));
    }

    private static LineResult result(Parsed<?> line, ImportOutcome outcome, long key) {
        return LineResult.of(line.number, line.type(), line.naturalKey, outcome, GlobalId.of(line.kind.nodeType(), key));
    }

    private static ApiError asApiError(Throwable failure) {
        Throwable translated = failure instanceof PgException pg ? Writes.translate(pg) : failure;
        if (translated instanceof ApiError error) {
            return error;
        }
        LOG.errorf(failure, "Unexpected failure importing a line");
        return new ApiError(ErrorCode.INTERNAL, "The line could not be imported; the failure has been logged.");
    }
}
