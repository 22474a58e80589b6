package io.entente.country;

import jakarta.validation.Valid;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.NonNull;

import io.entente.graphql.GlobalId;
import io.entente.graphql.NodeType;
import io.entente.write.Tx;
import io.entente.write.Writes;
import io.smallrye.mutiny.Uni;

/** The root fields that write countries. */
@GraphQLApi
public class CountryMutations {

    private final Writes writes;
    private final CountryQueries countries;

    public CountryMutations(Writes writes, CountryQueries countries) {
        this.writes = writes;
        this.countries = countries;
    }

    @Mutation
    @Description("Records a country. Needs the `editor` role.")
    public Uni<@NonNull Country> createCountry(@NonNull @Valid @Description("The country as it should be recorded.") CountryInput input) {
        return writes.edit(tx -> write(tx, input, null, null), countries::byKeys);
    }

    @Mutation
    @Description("Replaces a country's fields. Needs the `editor` role and the version last read (`CONFLICT` if it changed since).")
    public Uni<@NonNull Country> updateCountry(@NonNull @Id @Description("The country's id.") String id,
            @NonNull @Description("The version last read.") Integer version,
            @NonNull @Valid @Description("The country as it should be recorded.") CountryInput input) {
        long key = GlobalId.parse(id, NodeType.COUNTRY);
        return writes.edit(tx -> write(tx, input, key, version), countries::byKeys);
    }

    @Mutation
    @Description("Deletes a country that nothing refers to: one with officials, meetings, events, memberships or"
            + " sanction regimes answers `CONFLICT`. Needs the `admin` role. Returns the deleted id.")
    @Id
    public Uni<@NonNull String> deleteCountry(@NonNull @Id @Description("The country's id.") String id,
            @NonNull @Description("The version last read.") Integer version) {
        long key = GlobalId.parse(id, NodeType.COUNTRY);
        return writes.delete(id, tx -> tx.delete("country", "country", key, version));
    }

    /** Creates the country ({@code key} null) or replaces it; answers its key. The import shares it. */
    public static Uni<Long> write(Tx tx, CountryInput input, Long key, Integer version) {
        return key == null
                ? tx.insert("country", input.columns())
                : tx.update("country", "country", key, version, input.columns()).replaceWith(key);
    }
}
