package io.entente.official;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.entente.country.CountryCode;
import io.entente.graphql.ApiError;
import io.entente.graphql.NodeType;
import io.entente.write.InputCheck;
import io.entente.write.Refs;
import io.entente.write.Tx;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * Resolves the officials an input refers to, by id or by natural key ({@link OfficialRefInput}), each way in
 * one statement; every unknown, malformed or ambiguous reference is a problem at its path. Finding and judging
 * are apart, so that an import batch finds the references of all its lines at once and judges each line alone.
 */
public final class OfficialRefs {

    private static final String BY_NATURAL_KEY = "select r.code, r.name, o.id, o.country_id"
            + " from unnest($1::text[], $2::text[]) r(code, name)"
            + " join country c on c.alpha2 = r.code or c.alpha3 = r.code join official o on o.country_id = c.id and o.full_name = r.name";
    private static final String BY_ID = "select id, country_id from official where id = any($1)";

    private OfficialRefs() {
    }

    /** A reference as an input gives it: an id, a natural key, or (wrongly) both or neither. */
    public record Ref(String id, OfficialRefInput byName) {
    }

    /**
     * The officials that references named: keys by natural key ({@code CODE|full name}; more than one when the name
     * is ambiguous), the keys that exist of those named by id, and each found official's country.
     */
    public record Found(Map<String, List<Long>> byName, Set<Long> ids, Map<Long, Long> countries) {
    }

    /**
     * Official keys by path, for references by path; {@code path} is where the reference sits (e.g.
     * {@code input.participants[2]}) and {@code idField}/{@code refField} the names of its two ways.
     */
    public static Uni<Map<String, Long>> keys(Tx tx, InputCheck check, Map<String, Ref> refsByPath, String idField, String refField) {
        return find(tx, refsByPath.values()).map(found -> keys(check, refsByPath, idField, refField, found));
    }

    /** Finds what the references name: one statement for those by name, one for those by id (each only when needed). */
    public static Uni<Found> find(Tx tx, Collection<Ref> refs) {
        Map<String, String[]> named = new LinkedHashMap<>();
        Long[] ids = refs.stream().filter(ref -> ref.byName() == null && ref.id() != null)
                .map(ref -> Refs.keyOrNull(ref.id(), NodeType.OFFICIAL)).filter(key -> key != null).distinct().toArray(Long[]::new);
        refs.stream().filter(ref -> ref.byName() != null && ref.id() == null).forEach(ref -> {
            String key = naturalKey(ref.byName());
            if (key != null) {
                named.putIfAbsent(key, new String[] { CountryCode.normalize(ref.byName().countryCode), ref.byName().fullName.strip() });
            }
        });
        Found found = new Found(new HashMap<>(), new HashSet<>(), new HashMap<>());
        Uni<Void> byName = named.isEmpty() ? Uni.createFrom().voidItem()
                : tx.list(BY_NATURAL_KEY, Tuple.of(named.values().stream().map(n -> n[0]).toArray(String[]::new),
                        named.values().stream().map(n -> n[1]).toArray(String[]::new)), row -> row).map(rows -> {
                            rows.forEach(row -> {
                                found.byName().computeIfAbsent(row.getString("code") + "|" + row.getString("name"), k -> new ArrayList<>())
                                        .add(row.getLong("id"));
                                found.countries().put(row.getLong("id"), row.getLong("country_id"));
                            });
                            return null;
                        });
        Uni<Void> byId = ids.length == 0 ? Uni.createFrom().voidItem()
                : tx.list(BY_ID, Tuple.of(ids), row -> row).map(rows -> {
                    rows.forEach(row -> {
                        found.ids().add(row.getLong("id"));
                        found.countries().put(row.getLong("id"), row.getLong("country_id"));
                    });
                    return null;
                });
        return byId.chain(() -> byName).replaceWith(found);
    }

    /** Judges references by path against what {@link #find} found: keys by path, each bad reference a problem. */
    public static Map<String, Long> keys(InputCheck check, Map<String, Ref> refsByPath, String idField, String refField, Found found) {
        Map<String, String> ids = new LinkedHashMap<>();
        refsByPath.forEach((path, ref) -> {
            if ((ref.id() == null) == (ref.byName() == null)) {
                check.require(false, path + "." + idField, "give either " + idField + " or " + refField + ".");
            } else if (ref.id() != null) {
                ids.put(path + "." + idField, ref.id());
            } else if (naturalKey(ref.byName()) == null) {
                try {
                    CountryCode.normalize(ref.byName().countryCode);
                } catch (ApiError malformed) {
                    check.require(false, path + "." + refField + ".countryCode", malformed.getMessage());
                }
            }
        });
        Map<String, Long> byId = Refs.keys(check, NodeType.OFFICIAL, ids, found.ids());
        Map<String, Long> keys = new LinkedHashMap<>();
        refsByPath.forEach((path, ref) -> {
            Long key = byId.get(path + "." + idField);
            String naturalKey = ref.id() == null && ref.byName() != null ? naturalKey(ref.byName()) : null;
            if (naturalKey != null) {
                List<Long> named = found.byName().getOrDefault(naturalKey, List.of());
                check.require(named.size() == 1, path + "." + refField, named.isEmpty()
                        ? "no official " + ref.byName() + " is recorded."
                        : "several officials are named " + ref.byName() + "; refer to one by id.");
                key = named.size() == 1 ? named.get(0) : null;
            }
            if (key != null) {
                keys.put(path, key);
            }
        });
        return keys;
    }

    /** {@code CODE|full name}, or null when the country code is malformed. */
    private static String naturalKey(OfficialRefInput ref) {
        try {
            return CountryCode.normalize(ref.countryCode) + "|" + ref.fullName.strip();
        } catch (ApiError malformed) {
            return null;
        }
    }
}
