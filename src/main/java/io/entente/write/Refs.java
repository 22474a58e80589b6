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
        Map<String, Long> parsed = new HashMap<>();
        Map<String, String> malformed = new HashMap<>();
        idsByPath.forEach((path, id) -> {
            try {
                parsed.put(path, GlobalId.parse(id, nodeType));
            } catch (ApiError e) {
                malformed.put(path, e.getMessage());
            }
        });
        Long[] keys = parsed.values().stream().distinct().toArray(Long[]::new);
        Uni<Set<Long>> known = keys.length == 0 ? Uni.createFrom().item(Set.of())
                : tx.list("select id from " + table + " where id = any($1)", Tuple.of(keys), row -> row.getLong("id")).map(Set::copyOf);
        return known.map(found -> {
            // problems in the order of the input's fields
            Map<String, Long> keysByPath = new LinkedHashMap<>();
            idsByPath.forEach((path, id) -> {
                if (malformed.containsKey(path)) {
                    check.require(false, path, malformed.get(path));
                    return;
                }
                boolean exists = found.contains(parsed.get(path));
                check.require(exists, path, "no " + nodeType + " has the id " + id + ".");
                if (exists) {
                    keysByPath.put(path, parsed.get(path));
                }
            });
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
