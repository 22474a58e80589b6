package io.entente.source;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.entente.write.InputCheck;
import io.entente.write.Tx;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Tuple;

/** Records sources by URL inside a transaction; meetings, events and regimes cite them through here. */
public final class SourceWrites {

    private static final String UPSERT = "insert into source as s (url, publisher, title, published_on, created_by, updated_by)"
            + " values ($1, $2, $3, $4, $5, $5) on conflict (url) do update set publisher = excluded.publisher,"
            + " title = excluded.title, published_on = excluded.published_on, version = s.version + 1, updated_at = now(),"
            + " updated_by = excluded.updated_by"
            + " where (s.publisher, s.title, s.published_on) is distinct from (excluded.publisher, excluded.title, excluded.published_on)";

    private SourceWrites() {
    }

    /** Checks the URLs of {@code sources} (an input list at {@code path}). */
    public static void check(InputCheck check, String path, List<SourceInput> sources) {
        if (sources == null) {
            return;
        }
        for (int i = 0; i < sources.size(); i++) {
            check.url(sources.get(i).url, check.path(path, i, "url"));
        }
    }

    /** Keys by URL of sources already recorded, for URLs an input cites without describing the source. */
    public static Uni<Map<String, Long>> recorded(Tx tx, List<String> urls) {
        if (urls.isEmpty()) {
            return Uni.createFrom().item(Map.of());
        }
        return tx.list("select id, url from source where url = any($1)", Tuple.of(urls.toArray(String[]::new)), row -> row)
                .map(found -> {
                    Map<String, Long> keys = new HashMap<>();
                    found.forEach(row -> keys.put(row.getString("url"), row.getLong("id")));
                    return keys;
                });
    }

    /** Creates the sources not yet recorded, updates those whose details changed; answers their keys by URL. */
    public static Uni<Map<String, Long>> record(Tx tx, List<SourceInput> sources) {
        if (sources == null || sources.isEmpty()) {
            return Uni.createFrom().item(Map.of());
        }
        List<Tuple> rows = sources.stream()
                .map(s -> Tuple.of(s.url.strip(), s.publisher.strip(), s.title.strip(), s.publishedOn, tx.actor().name()))
                .toList();
        List<String> urls = sources.stream().map(s -> s.url.strip()).distinct().toList();
        return tx.executeBatch(UPSERT, rows).chain(() -> recorded(tx, urls));
    }

    /**
     * Replaces the sources an owner cites: {@code link} is e.g. {@code meeting_source}, {@code ownerColumn}
     * {@code meeting_id}. Answers the sources' keys by URL.
     */
    public static Uni<Map<String, Long>> cite(Tx tx, String link, String ownerColumn, long ownerKey, List<SourceInput> sources) {
        return record(tx, sources).chain(keys -> tx.execute("delete from " + link + " where " + ownerColumn + " = $1", Tuple.of(ownerKey))
                .chain(() -> tx.execute("insert into " + link + " (" + ownerColumn + ", source_id) select $1, unnest($2::bigint[])",
                        Tuple.of(ownerKey, keys.values().toArray(Long[]::new))))
                .replaceWith(keys));
    }
}
