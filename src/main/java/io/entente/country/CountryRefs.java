package io.entente.country;

import java.util.Collection;
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
        return find(tx, codesByPath.values()).map(byCode -> keys(check, codesByPath, byCode));
    }

    /**
     * Country keys by code (alpha-2 and alpha-3) for the given codes, in one statement; malformed codes are left out
     * (the judging reports them). For one input, or the inputs of a whole import batch at once.
     */
    public static Uni<Map<String, Long>> find(Tx tx, Collection<String> codes) {
        String[] normalized = codes.stream().map(CountryRefs::normalizedOrNull).filter(code -> code != null).distinct()
                .toArray(String[]::new);
        return normalized.length == 0 ? Uni.createFrom().item(Map.of())
                : tx.list("select id, alpha2, alpha3 from country where alpha2 = any($1) or alpha3 = any($1)", Tuple.of(normalized),
                        row -> row).map(rows -> {
                            Map<String, Long> byCode = new HashMap<>();
                            rows.forEach(row -> {
                                byCode.put(row.getString("alpha2"), row.getLong("id"));
                                byCode.put(row.getString("alpha3"), row.getLong("id"));
                            });
                            return byCode;
                        });
    }

    /** Judges codes by path against what {@link #find} found: keys by path, each malformed or unknown code a problem. */
    public static Map<String, Long> keys(InputCheck check, Map<String, String> codesByPath, Map<String, Long> byCode) {
        // problems in the order of the input's fields
        Map<String, Long> keysByPath = new LinkedHashMap<>();
        codesByPath.forEach((path, code) -> {
            String normalized;
            try {
                normalized = CountryCode.normalize(code);
            } catch (ApiError malformed) {
                check.require(false, path, malformed.getMessage());
                return;
            }
            Long key = byCode.get(normalized);
            check.require(key != null, path, "no country has the code " + normalized + ".");
            if (key != null) {
                keysByPath.put(path, key);
            }
        });
        return keysByPath;
    }

    private static String normalizedOrNull(String code) {
        try {
            return CountryCode.normalize(code);
        } catch (ApiError malformed) {
            return null;
        }
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
