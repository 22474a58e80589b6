package io.entente.country;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

import io.entente.graphql.ApiError;
import io.entente.write.InputCheck;
import io.entente.write.Tx;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Tuple;

/** Resolves the country codes an input names, in one statement, each unknown code a problem at its path. */
public final class CountryRefs {

    private CountryRefs() {
    }

    /** Country keys by field path, for codes (alpha-2 or alpha-3, any case) by field path. */
    public static Uni<Map<String, Long>> keys(Tx tx, InputCheck check, Map<String, String> codesByPath) {
        Map<String, String> normalized = new LinkedHashMap<>();
        Map<String, String> malformed = new HashMap<>();
        codesByPath.forEach((path, code) -> {
            try {
                normalized.put(path, CountryCode.normalize(code));
            } catch (ApiError e) {
                malformed.put(path, e.getMessage());
            }
        });
        String[] codes = normalized.values().stream().distinct().toArray(String[]::new);
        Uni<Map<String, Long>> known = codes.length == 0 ? Uni.createFrom().item(Map.of())
                : tx.list("select id, alpha2, alpha3 from country where alpha2 = any($1) or alpha3 = any($1)", Tuple.of(codes),
                        row -> row).map(rows -> {
                            Map<String, Long> byCode = new HashMap<>();
                            rows.forEach(row -> {
                                byCode.put(row.getString("alpha2"), row.getLong("id"));
                                byCode.put(row.getString("alpha3"), row.getLong("id"));
                            });
                            return byCode;
                        });
        return known.map(byCode -> {
            // problems in the order of the input's fields
            Map<String, Long> keysByPath = new LinkedHashMap<>();
            codesByPath.keySet().forEach(path -> {
                if (malformed.containsKey(path)) {
                    check.require(false, path, malformed.get(path));
                    return;
                }
                Long key = byCode.get(normalized.get(path));
                check.require(key != null, path, "no country has the code " + normalized.get(path) + ".");
                if (key != null) {
                    keysByPath.put(path, key);
                }
            });
            return keysByPath;
        });
    }

    /** The same for one optional code. */
    public static Uni<Long> key(Tx tx, InputCheck check, String path, String code) {
        if (code == null) {
            return Uni.createFrom().nullItem();
        }
        Map<String, String> one = new HashMap<>();
        one.put(path, code);
        return keys(tx, check, one).map(keys -> keys.get(path));
    }
}
