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
        Map<String, Long> keysByPath = new LinkedHashMap<>();
        idsByPath.forEach((path, id) -> {
            try {
                keysByPath.put(path, GlobalId.parse(id, nodeType));
            } catch (ApiError malformed) {
                check.require(false, path, malformed.getMessage());
            }
        });
        if (keysByPath.isEmpty()) {
            return Uni.createFrom().item(keysByPath);
        }
        Long[] keys = keysByPath.values().stream().distinct().toArray(Long[]::new);
        return tx.list("select id from " + table + " where id = any($1)", Tuple.of(keys), row -> row.getLong("id"))
                .map(found -> {
                    Set<Long> known = Set.copyOf(found);
                    keysByPath.forEach((path, key) -> check.require(known.contains(key), path,
                            "no " + nodeType + " has the id " + idsByPath.get(path) + "."));
                    return keysByPath;
                });
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
