package io.entente.write;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import io.entente.graphql.ApiError;
import io.entente.graphql.GlobalId;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * Resolves the ids an input refers to (participants' officials, triggering events ...) in one statement,
 * recording each malformed or unknown id as a problem at its field path rather than failing on the first.
 */
public final class Refs {

    private Refs() {
    }

    /** Row keys by field path, for the ids (by field path) of rows of {@code table}, all of {@code nodeType}. */
    public static Uni<Map<String, Long>> keys(Tx tx, InputCheck check, String table, String nodeType, Map<String, String> idsByPath) {
        Long[] keys = idsByPath.values().stream().map(id -> keyOrNull(id, nodeType)).filter(key -> key != null).distinct()
                .toArray(Long[]::new);
        Uni<Set<Long>> known = keys.length == 0 ? Uni.createFrom().item(Set.of())
                : tx.list("select id from " + table + " where id = any($1)", Tuple.of(keys), row -> row.getLong("id")).map(Set::copyOf);
        return known.map(found -> keys(check, nodeType, idsByPath, found));
    }

    /** Judges ids by path against the keys found to exist: keys by path, each malformed or unknown id a problem. */
    public static Map<String, Long> keys(InputCheck check, String nodeType, Map<String, String> idsByPath, Set<Long> found) {
        // problems in the order of the input's fields
        Map<String, Long> keysByPath = new LinkedHashMap<>();
        idsByPath.forEach((path, id) -> {
            long key;
            try {
                key = GlobalId.parse(id, nodeType);
            } catch (ApiError malformed) {
                check.require(false, path, malformed.getMessage());
                return;
            }
            boolean exists = found.contains(key);
            check.require(exists, path, "no " + nodeType + " has the id " + id + ".");
            if (exists) {
                keysByPath.put(path, key);
            }
        });
        return keysByPath;
    }

    /** The row key an id names, or null when it is malformed (the judging reports it). */
    public static Long keyOrNull(String id, String nodeType) {
        try {
            return GlobalId.parse(id, nodeType);
        } catch (ApiError malformed) {
            return null;
        }
    }

    /** The same for one optional id. */
    public static Uni<Long> key(Tx tx, InputCheck check, String table, String nodeType, String path, String id) {
        if (id == null) {
            return Uni.createFrom().nullItem();
        }
        Map<String, String> one = new HashMap<>();
        one.put(path, id);
        return keys(tx, check, table, nodeType, one).map(keys -> keys.get(path));
    }
}
