package io.entente.source;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.entente.write.InputCheck;
import io.entente.write.Tx;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Tuple;

/** Records sources by URL inside a transaction; meetings, events and regimes cite them through here. */
public final class SourceWrites {

    /** A URL recorded again updates the source's details, and its version only when they changed. */
    private static final String ON_CONFLICT = " on conflict (url) do update set publisher = excluded.publisher,"
            + " title = excluded.title, published_on = excluded.published_on, version = s.version + 1, updated_at = now(),"
            + " updated_by = excluded.updated_by"
            + " where (s.publisher, s.title, s.published_on) is distinct from (excluded.publisher, excluded.title, excluded.published_on)";
    private static final String UPSERT = "insert into source as s (url, publisher, title, published_on, created_by, updated_by)"
            + " values ($1, $2, $3, $4, $5, $5)" + ON_CONFLICT;
    private static final String UPSERT_ALL = "insert into source as s (url, publisher, title, published_on, created_by, updated_by)"
            + " select u, p, t, d, $5, $5 from unnest($1::text[], $2::text[], $3::text[], $4::date[]) r(u, p, t, d)" + ON_CONFLICT;

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

    /**
     * {@link #record} for the sources of many inputs in one statement (a URL given more than once: the last
     * description wins, as when written one after the other).
     */
    public static Uni<Void> recordAll(Tx tx, List<SourceInput> sources) {
        Map<String, SourceInput> byUrl = new LinkedHashMap<>();
        sources.forEach(source -> {
            byUrl.remove(source.url.strip());
            byUrl.put(source.url.strip(), source);
        });
        if (byUrl.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        Collection<SourceInput> last = byUrl.values();
        return tx.execute(UPSERT_ALL, Tuple.of(byUrl.keySet().toArray(String[]::new),
                last.stream().map(s -> s.publisher.strip()).toArray(String[]::new),
                last.stream().map(s -> s.title.strip()).toArray(String[]::new),
                last.stream().map(s -> s.publishedOn).toArray(LocalDate[]::new), tx.actor().name())).replaceWithVoid();
    }

    /**
     * Links many new owners to the sources they cite, by URL (recorded before by {@link #recordAll}), in one
     * statement: {@code owners[i]} cites {@code urls[i]}; a pair given twice is linked once.
     */
    public static Uni<Void> citeAll(Tx tx, String link, String ownerColumn, List<Long> owners, List<String> urls) {
        Set<String> pairs = new LinkedHashSet<>();
        List<Long> distinctOwners = new ArrayList<>();
        List<String> distinctUrls = new ArrayList<>();
        for (int i = 0; i < owners.size(); i++) {
            if (pairs.add(owners.get(i) + " " + urls.get(i))) {
                distinctOwners.add(owners.get(i));
                distinctUrls.add(urls.get(i));
            }
        }
        if (pairs.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        return tx.execute("insert into " + link + " (" + ownerColumn + ", source_id) select r.o, s.id"
                + " from unnest($1::bigint[], $2::text[]) r(o, u) join source s on s.url = r.u",
                Tuple.of(distinctOwners.toArray(Long[]::new), distinctUrls.toArray(String[]::new))).replaceWithVoid();
    }
}
