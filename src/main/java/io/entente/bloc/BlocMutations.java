package io.entente.bloc;

import jakarta.validation.Valid;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.NonNull;

import io.entente.country.CountryRefs;
import io.entente.graphql.GlobalId;
import io.entente.graphql.NodeType;
import io.entente.write.Columns;
import io.entente.write.InputCheck;
import io.entente.write.Tx;
import io.entente.write.Writes;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Tuple;

/** The root fields that write blocs and their memberships. */
@GraphQLApi
public class BlocMutations {

    private final Writes writes;
    private final BlocQueries blocs;

    public BlocMutations(Writes writes, BlocQueries blocs) {
        this.writes = writes;
        this.blocs = blocs;
    }

    @Mutation
    @Description("Records a bloc. Needs the `editor` role.")
    public Uni<@NonNull Bloc> createBloc(@NonNull @Valid @Description("The bloc as it should be recorded.") BlocInput input) {
        return writes.edit(tx -> writeBloc(tx, input, null, null), blocs::byKeys);
    }

    @Mutation
    @Description("Replaces a bloc's fields. Needs the `editor` role and the version last read.")
    public Uni<@NonNull Bloc> updateBloc(@NonNull @Id @Description("The bloc's id.") String id,
            @NonNull @Description("The version last read.") Integer version,
            @NonNull @Valid @Description("The bloc as it should be recorded.") BlocInput input) {
        long key = GlobalId.parse(id, NodeType.BLOC);
        return writes.edit(tx -> writeBloc(tx, input, key, version), blocs::byKeys);
    }

    @Mutation
    @Id
    @Description("Deletes a bloc and, with it, its membership history. A bloc that issues sanction regimes answers"
            + " `CONFLICT`. Needs the `admin` role. Returns the deleted id.")
    public Uni<@NonNull String> deleteBloc(@NonNull @Id @Description("The bloc's id.") String id,
            @NonNull @Description("The version last read.") Integer version) {
        long key = GlobalId.parse(id, NodeType.BLOC);
        return writes.delete(id, tx -> tx.lock("bloc", "bloc", key)
                .chain(() -> tx.execute("delete from bloc_membership where bloc_id = $1", Tuple.of(key)))
                .chain(() -> tx.delete("bloc", "bloc", key, version)));
    }

    @Mutation
    @Description("Records that a country belongs (or belonged) to a bloc. Periods of the same country in the same bloc"
            + " may not overlap. Needs the `editor` role.")
    public Uni<@NonNull BlocMembership> createBlocMembership(
            @NonNull @Valid @Description("The membership as it should be recorded.") BlocMembershipInput input) {
        return writes.edit(tx -> write(tx, input, null, null), blocs::membershipsByKeys);
    }

    @Mutation
    @Description("Corrects a membership. Needs the `editor` role and the version last read.")
    public Uni<@NonNull BlocMembership> updateBlocMembership(@NonNull @Id @Description("The membership's id.") String id,
            @NonNull @Description("The version last read.") Integer version,
            @NonNull @Valid @Description("The membership as it should be recorded.") BlocMembershipInput input) {
        long key = GlobalId.parse(id, NodeType.BLOC_MEMBERSHIP);
        return writes.edit(tx -> write(tx, input, key, version), blocs::membershipsByKeys);
    }

    @Mutation
    @Id
    @Description("Deletes a membership record (to end a membership, update its `until` instead). Needs the `admin` role.")
    public Uni<@NonNull String> deleteBlocMembership(@NonNull @Id @Description("The membership's id.") String id,
            @NonNull @Description("The version last read.") Integer version) {
        long key = GlobalId.parse(id, NodeType.BLOC_MEMBERSHIP);
        return writes.delete(id, tx -> tx.delete("bloc_membership", "membership", key, version));
    }

    /** Creates the bloc ({@code key} null) or replaces it; answers its key. The import shares it. */
    public static Uni<Long> writeBloc(Tx tx, BlocInput input, Long key, Integer version) {
        return key == null
                ? tx.insert("bloc", input.columns())
                : tx.update("bloc", "bloc", key, version, input.columns()).replaceWith(key);
    }

    /** Creates the membership ({@code key} null) or updates it; answers its key. */
    public static Uni<Long> write(Tx tx, BlocMembershipInput input, Long key, Integer version) {
        InputCheck check = new InputCheck("input");
        check.inOrder(input.since, input.until, false, check.path("until"), "since");
        return BlocRefs.key(tx, check, check.path("blocCode"), input.blocCode, false)
                .chain(blocKey -> CountryRefs.key(tx, check, check.path("countryCode"), input.countryCode)
                        .chain(countryKey -> {
                            check.orFail();
                            // Serializes membership writes of one bloc, so that the overlap check holds at commit.
                            return tx.lock("bloc", "bloc", blocKey)
                                    .chain(() -> requireNoOverlap(tx, check, blocKey, countryKey, input, key))
                                    .chain(() -> {
                                        Columns columns = new Columns().set("bloc_id", blocKey).set("country_id", countryKey)
                                                .set("since", input.since).set("until", input.until);
                                        return key == null
                                                ? tx.insert("bloc_membership", columns)
                                                : tx.update("bloc_membership", "membership", key, version, columns).replaceWith(key);
                                    });
                        }));
    }

    private static Uni<Void> requireNoOverlap(Tx tx, InputCheck check, long blocKey, long countryKey, BlocMembershipInput input,
            Long key) {
        return tx.first("select since, until from bloc_membership where bloc_id = $1 and country_id = $2 and id <> $3"
                + " and daterange(since, until) && daterange($4, $5) limit 1",
                Tuple.of(blocKey, countryKey, key == null ? -1L : key, input.since, input.until),
                row -> row.getLocalDate("since") + " to " + (row.getLocalDate("until") == null ? "now" : row.getLocalDate("until")))
                .map(overlapping -> {
                    check.require(overlapping == null, check.path("since"),
                            "overlaps the country's membership from " + overlapping + ".");
                    check.orFail();
                    return null;
                });
    }
}
