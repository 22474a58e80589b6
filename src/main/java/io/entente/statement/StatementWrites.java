package io.entente.statement;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.entente.official.OfficialRefs;
import io.entente.source.SourceWrites;
import io.entente.write.Columns;
import io.entente.write.InputCheck;
import io.entente.write.Tx;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Tuple;

/** Writes quotes inside a transaction, for their own mutations and for the meetings and events they belong to. */
public final class StatementWrites {

    private static final String INSERT = "insert into statement (speaker_id, text, said_on, context, meeting_id, event_id,"
            + " source_id, created_by, updated_by) values ($1, $2, $3, $4, $5, $6, $7, $8, $8) returning id";

    private StatementWrites() {
    }

    /** Creates a quote of no meeting or event ({@code key} null) or corrects any quote; answers its key. The import shares it. */
    public static Uni<Long> write(Tx tx, StatementInput input, Long key, Integer version) {
        return key == null
                ? insert(tx, new InputCheck("input"), "input", Owner.NONE, List.of(input), Map.of()).map(keys -> keys.get(0))
                : update(tx, input, key, version).replaceWith(key);
    }

    /** Corrects a quote; it stays with its meeting or event. */
    public static Uni<Void> update(Tx tx, StatementInput input, long key, int version) {
        InputCheck check = new InputCheck("input");
        check.url(input.sourceUrl, check.path("sourceUrl"));
        return OfficialRefs.keys(tx, check, Map.of("input", new OfficialRefs.Ref(input.speakerId, input.speaker)), "speakerId", "speaker")
                .map(keys -> keys.get("input"))
                .chain(speakerKey -> SourceWrites.recorded(tx, input.sourceUrl == null ? List.of() : List.of(input.sourceUrl.strip()))
                        .chain(sources -> {
                            Long sourceKey = input.sourceUrl == null ? null : sources.get(input.sourceUrl.strip());
                            check.require(input.sourceUrl == null || sourceKey != null, check.path("sourceUrl"),
                                    "no source with this URL is recorded.");
                            check.orFail();
                            return tx.update("statement", "statement", key, version, new Columns().set("speaker_id", speakerKey)
                                    .set("text", input.text.strip()).set("said_on", input.saidOn).set("context", input.context)
                                    .set("source_id", sourceKey));
                        }));
    }

    /** The owner of a statement: a meeting, an event, or neither. */
    public record Owner(Long meetingKey, Long eventKey) {
        public static final Owner NONE = new Owner(null, null);
    }

    /**
     * Replaces the statements of {@code owner} with {@code statements} (at {@code path} in the input), resolving
     * speakers and source URLs ({@code cited}: sources the same input recorded). Answers the new keys.
     */
    public static Uni<List<Long>> replace(Tx tx, InputCheck check, String path, Owner owner, List<StatementInput> statements,
            Map<String, Long> cited) {
        Uni<Void> cleared = owner.meetingKey() != null
                ? tx.execute("delete from statement where meeting_id = $1", Tuple.of(owner.meetingKey())).replaceWithVoid()
                : tx.execute("delete from statement where event_id = $1", Tuple.of(owner.eventKey())).replaceWithVoid();
        return cleared.chain(() -> insert(tx, check, path, owner, statements, cited));
    }

    /** Inserts statements (at {@code path} in the input, a list, or the input itself when path has no list). */
    public static Uni<List<Long>> insert(Tx tx, InputCheck check, String path, Owner owner, List<StatementInput> statements,
            Map<String, Long> cited) {
        Map<String, OfficialRefs.Ref> speakers = new LinkedHashMap<>();
        List<String> unknownUrls = new ArrayList<>();
        for (int i = 0; i < statements.size(); i++) {
            StatementInput statement = statements.get(i);
            speakers.put(pathOf(check, path, statements, i, null), new OfficialRefs.Ref(statement.speakerId, statement.speaker));
            check.url(statement.sourceUrl, pathOf(check, path, statements, i, "sourceUrl"));
            if (statement.sourceUrl != null && !cited.containsKey(statement.sourceUrl.strip())) {
                unknownUrls.add(statement.sourceUrl.strip());
            }
        }
        return OfficialRefs.keys(tx, check, speakers, "speakerId", "speaker")
                .chain(speakerKeys -> SourceWrites.recorded(tx, unknownUrls).chain(recorded -> {
                    Map<String, Long> sources = new HashMap<>(recorded);
                    sources.putAll(cited);
                    List<Tuple> rows = new ArrayList<>();
                    for (int i = 0; i < statements.size(); i++) {
                        StatementInput statement = statements.get(i);
                        Long sourceKey = statement.sourceUrl == null ? null : sources.get(statement.sourceUrl.strip());
                        check.require(statement.sourceUrl == null || sourceKey != null, pathOf(check, path, statements, i, "sourceUrl"),
                                "no source with this URL is recorded or cited by this input.");
                        rows.add(Tuple.tuple().addValue(speakerKeys.get(pathOf(check, path, statements, i, null)))
                                .addValue(statement.text.strip()).addValue(statement.saidOn).addValue(statement.context)
                                .addValue(owner.meetingKey()).addValue(owner.eventKey()).addValue(sourceKey)
                                .addValue(tx.actor().name()));
                    }
                    check.orFail();
                    return insertAll(tx, rows);
                }));
    }

    private static Uni<List<Long>> insertAll(Tx tx, List<Tuple> rows) {
        List<Long> keys = new ArrayList<>();
        Uni<Void> chain = Uni.createFrom().voidItem();
        for (Tuple row : rows) {
            chain = chain.chain(() -> tx.execute(INSERT, row).invoke(result -> keys.add(result.iterator().next().getLong("id")))
                    .replaceWithVoid());
        }
        return chain.replaceWith(keys);
    }

    /** The path of a statement's field (of the statement itself when {@code field} is null). */
    private static String pathOf(InputCheck check, String path, List<StatementInput> statements, int index, String field) {
        String statement = path.equals("input") ? check.path() : check.path(path, index);
        return field == null ? statement : statement + "." + field;
    }
}
