package io.entente.official;

import jakarta.validation.Valid;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.NonNull;

import io.entente.graphql.ApiError;
import io.entente.graphql.GlobalId;
import io.entente.graphql.NodeType;
import io.entente.write.Writes;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Tuple;

/** The root fields that write officials and their positions. */
@GraphQLApi
public class OfficialMutations {

    private final Writes writes;
    private final OfficialQueries officials;

    public OfficialMutations(Writes writes, OfficialQueries officials) {
        this.writes = writes;
        this.officials = officials;
    }

    @Mutation
    @Description("Records an official, with the positions held if given. Needs the `editor` role.")
    public Uni<@NonNull Official> createOfficial(
            @NonNull @Valid @Description("The official as it should be recorded.") OfficialInput input) {
        return writes.edit(tx -> OfficialWrites.write(tx, input, null, null), officials::byKeys);
    }

    @Mutation
    @Description("Replaces an official's fields (and positions, if `positions` is given). Needs the `editor` role and the"
            + " version last read.")
    public Uni<@NonNull Official> updateOfficial(@NonNull @Id @Description("The official's id.") String id,
            @NonNull @Description("The version last read.") Integer version,
            @NonNull @Valid @Description("The official as it should be recorded.") OfficialInput input) {
        long key = GlobalId.parse(id, NodeType.OFFICIAL);
        return writes.edit(tx -> OfficialWrites.write(tx, input, key, version), officials::byKeys);
    }

    @Mutation
    @Id
    @Description("Deletes an official and their positions. One who took part in meetings, is quoted or is designated"
            + " under a sanction regime answers `CONFLICT`. Needs the `admin` role. Returns the deleted id.")
    public Uni<@NonNull String> deleteOfficial(@NonNull @Id @Description("The official's id.") String id,
            @NonNull @Description("The version last read.") Integer version) {
        long key = GlobalId.parse(id, NodeType.OFFICIAL);
        return writes.delete(id, tx -> tx.lock("official", "official", key)
                .chain(() -> tx.execute("delete from position where official_id = $1", Tuple.of(key)))
                .chain(() -> tx.delete("official", "official", key, version)));
    }

    @Mutation
    @Description("Records a position an official held or holds. Needs the `editor` role.")
    public Uni<@NonNull Position> createPosition(@NonNull @Id @Description("The official's id.") String officialId,
            @NonNull @Valid @Description("The position as it should be recorded.") PositionInput input) {
        long officialKey = GlobalId.parse(officialId, NodeType.OFFICIAL);
        return writes.edit(tx -> OfficialWrites.writePosition(tx, officialKey, input, null, null), officials::positionsByKeys);
    }

    @Mutation
    @Description("Corrects a position (to end a term, set its `endDate`). Needs the `editor` role and the version last read.")
    public Uni<@NonNull Position> updatePosition(@NonNull @Id @Description("The position's id.") String id,
            @NonNull @Description("The version last read.") Integer version,
            @NonNull @Valid @Description("The position as it should be recorded.") PositionInput input) {
        long key = GlobalId.parse(id, NodeType.POSITION);
        return writes.edit(tx -> tx.first("select official_id from position where id = $1", Tuple.of(key),
                row -> row.getLong("official_id"))
                .onItem().ifNull().failWith(() -> ApiError.notFound("No position has this id."))
                .chain(officialKey -> OfficialWrites.writePosition(tx, officialKey, input, key, version)), officials::positionsByKeys);
    }

    @Mutation
    @Id
    @Description("Deletes a position. Needs the `admin` role. Returns the deleted id.")
    public Uni<@NonNull String> deletePosition(@NonNull @Id @Description("The position's id.") String id,
            @NonNull @Description("The version last read.") Integer version) {
        long key = GlobalId.parse(id, NodeType.POSITION);
        return writes.delete(id, tx -> tx.delete("position", "position", key, version));
    }
}
