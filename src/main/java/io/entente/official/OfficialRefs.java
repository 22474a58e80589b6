package io.entente.official;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.entente.country.CountryCode;
import io.entente.graphql.ApiError;
import io.entente.graphql.NodeType;
import io.entente.write.InputCheck;
import io.entente.write.Refs;
import io.entente.write.Tx;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * Resolves the officials an input refers to, by id or by natural key ({@link OfficialRefInput}), each list in
 * one statement; every unknown, malformed or ambiguous reference is a problem at its path.
 */
public final class OfficialRefs {

    private static final String BY_NATURAL_KEY = "select r.ord, o.id from unnest($1::text[], $2::text[]) with ordinality r(code, name, ord)"
            + " join country c on c.alpha2 = r.code or c.alpha3 = r.code join official o on o.country_id = c.id and o.full_name = r.name";

    private OfficialRefs() {
    }

    /** A reference as an input gives it: an id, a natural key, or (wrongly) both or neither. */
    public record Ref(String id, OfficialRefInput byName) {
    }

    /**
     * Official keys by path, for references by path; {@code path} is where the reference sits (e.g.
     * {@code input.participants[2]}) and {@code idField}/{@code refField} the names of its two ways.
     */
    public static Uni<Map<String, Long>> keys(Tx tx, InputCheck check, Map<String, Ref> refsByPath, String idField, String refField) {
        Map<String, String> ids = new LinkedHashMap<>();
        List<String> namedPaths = new ArrayList<>();
        List<String> codes = new ArrayList<>();
        List<String> names = new ArrayList<>();
        refsByPath.forEach((path, ref) -> {
            if ((ref.id() == null) == (ref.byName() == null)) {
                check.require(false, path + "." + idField, "give either " + idField + " or " + refField + ".");
            } else if (ref.id() != null) {
                ids.put(path + "." + idField, ref.id());
            } else {
                try {
                    codes.add(CountryCode.normalize(ref.byName().countryCode));
                    names.add(ref.byName().fullName.strip());
                    namedPaths.add(path);
                } catch (ApiError malformed) {
                    check.require(false, path + "." + refField + ".countryCode", malformed.getMessage());
                }
            }
        });
        Uni<Map<Long, List<Long>>> named = namedPaths.isEmpty() ? Uni.createFrom().item(Map.of())
                : tx.list(BY_NATURAL_KEY, Tuple.of(codes.toArray(String[]::new), names.toArray(String[]::new)), row -> row)
                        .map(rows -> {
                            Map<Long, List<Long>> byOrdinal = new HashMap<>();
                            rows.forEach(row -> byOrdinal.computeIfAbsent(row.getLong("ord"), o -> new ArrayList<>()).add(row.getLong("id")));
                            return byOrdinal;
                        });
        return Refs.keys(tx, check, "official", NodeType.OFFICIAL, ids).chain(byId -> named.map(byOrdinal -> {
            Map<String, Long> keys = new LinkedHashMap<>();
            refsByPath.forEach((path, ref) -> {
                Long key = byId.get(path + "." + idField);
                int index = namedPaths.indexOf(path);
                if (index >= 0) {
                    List<Long> found = byOrdinal.getOrDefault((long) index + 1, List.of());
                    check.require(found.size() == 1, path + "." + refField, found.isEmpty()
                            ? "no official " + ref.byName() + " is recorded."
                            : "several officials are named " + ref.byName() + "; refer to one by id.");
                    key = found.size() == 1 ? found.get(0) : null;
                }
                if (key != null) {
                    keys.put(path, key);
                }
            });
            return keys;
        }));
    }
}
