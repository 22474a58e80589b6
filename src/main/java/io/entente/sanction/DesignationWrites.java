package io.entente.sanction;

import java.util.Map;

import java.time.LocalDate;

import io.entente.graphql.ApiError;
import io.entente.graphql.NodeType;
import io.entente.official.OfficialRefs;
import io.entente.write.Columns;
import io.entente.write.InputCheck;
import io.entente.write.Tx;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * Writes one designation inside a transaction. A designation is part of its regime's record: every change to one
 * also marks the regime changed (version, who, when) whatever version the client last read of the regime, so that
 * a client holding the regime's old version must read it again before updating the regime wholesale.
 */
public final class DesignationWrites {

    private static final String MARK_REGIME_CHANGED = "update sanction_regime set version = version + 1, updated_at = now(),"
            + " updated_by = $2 where id = $1 returning adopted_on";
    private static final String OVERLAPPING = "select listed_on, delisted_on from designation where regime_id = $1"
            + " and official_id = $2 and id <> $3 and daterange(listed_on, delisted_on) && daterange($4, $5) limit 1";

    private DesignationWrites() {
    }

    /** Creates a designation under the regime ({@code key} null) or replaces it; answers its key. */
    public static Uni<Long> write(Tx tx, long regimeKey, DesignationInput input, Long key, Integer version) {
        InputCheck check = new InputCheck("input");
        check.inOrder(input.listedOn, input.delistedOn, false, check.path("delistedOn"), "listedOn");
        return OfficialRefs.keys(tx, check, Map.of("input", new OfficialRefs.Ref(input.officialId, input.official)), "officialId", "official")
                .map(keys -> keys.get("input"))
                .chain(officialKey -> {
                    check.orFail();
                    // Marking the regime changed also locks it, so that the overlap check still holds at commit.
                    return markRegimeChanged(tx, regimeKey)
                            .chain(adoptedOn -> requireFree(tx, check, regimeKey, officialKey, adoptedOn, input, key))
                            .chain(() -> {
                                Columns columns = new Columns().set("regime_id", regimeKey).set("official_id", officialKey)
                                        .set("listed_on", input.listedOn).set("delisted_on", input.delistedOn)
                                        .set("reason", input.reason);
                                return key == null
                                        ? tx.insert("designation", columns)
                                        : tx.update("designation", "designation", key, version, columns).replaceWith(key);
                            });
                });
    }

    /** Deletes the designation if it still has the version the client saw. */
    public static Uni<Void> delete(Tx tx, long key, int version) {
        return regimeOf(tx, key).chain(regimeKey -> markRegimeChanged(tx, regimeKey))
                .chain(() -> tx.delete("designation", "designation", key, version));
    }

    /** The key of the regime a designation belongs to; NOT_FOUND when there is no such designation. */
    public static Uni<Long> regimeOf(Tx tx, long key) {
        return tx.first("select regime_id from designation where id = $1", Tuple.of(key), row -> row.getLong("regime_id"))
                .onItem().ifNull().failWith(() -> ApiError.notFound("No designation has this id."));
    }

    /** Bumps the regime's version without checking it; answers its adoption day. */
    private static Uni<LocalDate> markRegimeChanged(Tx tx, long regimeKey) {
        return tx.first(MARK_REGIME_CHANGED, Tuple.of(regimeKey, tx.actor().name()), row -> row.getLocalDate("adopted_on"))
                .onItem().ifNull().failWith(() -> ApiError.notFound("No sanction regime has this id."));
    }

    private static Uni<Void> requireFree(Tx tx, InputCheck check, long regimeKey, long officialKey, LocalDate adoptedOn,
            DesignationInput input, Long key) {
        check.require(!input.listedOn.isBefore(adoptedOn), check.path("listedOn"),
                "must be on or after the regime's adoption (" + adoptedOn + ").");
        return tx.first(OVERLAPPING, Tuple.of(regimeKey, officialKey, key == null ? -1L : key, input.listedOn, input.delistedOn),
                row -> row.getLocalDate("listed_on") + (row.getLocalDate("delisted_on") == null ? " (still listed)"
                        : " to " + row.getLocalDate("delisted_on")))
                .map(overlapping -> {
                    check.require(overlapping == null, check.path("listedOn"),
                            "overlaps the official's listing under this regime from " + overlapping + ".");
                    check.orFail();
                    return null;
                });
    }
}
