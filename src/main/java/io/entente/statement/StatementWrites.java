package io.entente.statement;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

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
        Map<String, OfficialRefs.Ref> speakers = speakers(check, path, statements);
        List<String> unknownUrls = uncited(statements, cited.keySet());
        return OfficialRefs.keys(tx, check, speakers, "speakerId", "speaker")
                .chain(speakerKeys -> SourceWrites.recorded(tx, unknownUrls).chain(recorded -> {
                    Map<String, Long> sources = new HashMap<>(recorded);
                    sources.putAll(cited);
                    List<Quote> quotes = quotes(check, path, statements, speakerKeys, sources.keySet());
                    check.orFail();
                    List<Tuple> rows = quotes.stream().map(quote -> Tuple.tuple().addValue(quote.speakerKey()).addValue(quote.text())
                            .addValue(quote.saidOn()).addValue(quote.context()).addValue(owner.meetingKey()).addValue(owner.eventKey())
                            .addValue(quote.sourceUrl() == null ? null : sources.get(quote.sourceUrl())).addValue(tx.actor().name()))
                            .toList();
                    return insertAll(tx, rows);
                }));
    }

    /** A quote as checked, to be written: its speaker's key, words, and the URL of its source (or null). */
    public record Quote(long speakerKey, String text, LocalDate saidOn, String context, String sourceUrl) {
    }

    /** The quotes' speakers by path, to find; checks their source URLs' form on the way. */
    public static Map<String, OfficialRefs.Ref> speakers(InputCheck check, String path, List<StatementInput> statements) {
        Map<String, OfficialRefs.Ref> speakers = new LinkedHashMap<>();
        for (int i = 0; i < statements.size(); i++) {
            StatementInput statement = statements.get(i);
            speakers.put(pathOf(check, path, statements, i, null), new OfficialRefs.Ref(statement.speakerId, statement.speaker));
            check.url(statement.sourceUrl, pathOf(check, path, statements, i, "sourceUrl"));
        }
        return speakers;
    }

    /** The source URLs the quotes cite that are not among {@code cited} (the input's own sources): to find among those recorded. */
    public static List<String> uncited(List<StatementInput> statements, Set<String> cited) {
        return statements.stream().filter(s -> s.sourceUrl != null && !cited.contains(s.sourceUrl.strip()))
                .map(s -> s.sourceUrl.strip()).toList();
    }

    /**
     * Judges the quotes against their speakers' keys (by path, as {@link OfficialRefs} found them) and the source
     * URLs known (recorded, or cited by the same input): the quotes to write, every unknown source a problem.
     */
    public static List<Quote> quotes(InputCheck check, String path, List<StatementInput> statements, Map<String, Long> speakerKeys,
            Set<String> knownUrls) {
        List<Quote> quotes = new ArrayList<>();
        for (int i = 0; i < statements.size(); i++) {
            StatementInput statement = statements.get(i);
            String url = statement.sourceUrl == null ? null : statement.sourceUrl.strip();
            check.require(url == null || knownUrls.contains(url), pathOf(check, path, statements, i, "sourceUrl"),
                    "no source with this URL is recorded or cited by this input.");
            Long speakerKey = speakerKeys.get(pathOf(check, path, statements, i, null));
            if (speakerKey != null) {
                quotes.add(new Quote(speakerKey, statement.text.strip(), statement.saidOn, statement.context, url));
            }
        }
        return quotes;
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

    /**
     * Inserts the quotes of many new meetings in one statement ({@code meetingKeys[i]} owns {@code quotes[i]}), their
     * sources found by URL (recorded before).
     */
    public static Uni<Void> insertAll(Tx tx, List<Long> meetingKeys, List<Quote> quotes) {
        if (quotes.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        return tx.execute("insert into statement (speaker_id, text, said_on, context, meeting_id, source_id, created_by, updated_by)"
                + " select r.sp, r.t, r.d, r.c, r.m, s.id, $7, $7 from unnest($1::bigint[], $2::text[], $3::date[], $4::text[],"
                + " $5::bigint[], $6::text[]) with ordinality r(sp, t, d, c, m, u, ord) left join source s on s.url = r.u order by r.ord",
                Tuple.tuple().addValue(quotes.stream().map(Quote::speakerKey).toArray(Long[]::new))
                        .addValue(quotes.stream().map(Quote::text).toArray(String[]::new))
                        .addValue(quotes.stream().map(Quote::saidOn).toArray(LocalDate[]::new))
                        .addValue(quotes.stream().map(Quote::context).toArray(String[]::new))
                        .addValue(meetingKeys.toArray(Long[]::new))
                        .addValue(quotes.stream().map(Quote::sourceUrl).toArray(String[]::new))
                        .addValue(tx.actor().name())).replaceWithVoid();
    }

    /** The path of a statement's field (of the statement itself when {@code field} is null). */
    static String pathOf(InputCheck check, String path, List<StatementInput> statements, int index, String field) {
        String statement = path.equals("input") ? check.path() : check.path(path, index);
        return field == null ? statement : statement + "." + field;
    }
}
