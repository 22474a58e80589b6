package io.entente.source;

import jakarta.validation.Valid;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.NonNull;

import io.entente.graphql.GlobalId;
import io.entente.graphql.NodeType;
import io.entente.write.Columns;
import io.entente.write.InputCheck;
import io.entente.write.Tx;
import io.entente.write.Writes;
import io.smallrye.mutiny.Uni;

/** The root fields that write sources. Meetings, events and regimes also record their sources as they cite them. */
@GraphQLApi
public class SourceMutations {

    private final Writes writes;
    private final SourceQueries sources;

    public SourceMutations(Writes writes, SourceQueries sources) {
        this.writes = writes;
        this.sources = sources;
    }

    @Mutation
    @Description("Records a source. A URL already recorded answers `CONFLICT`. Needs the `editor` role.")
    public Uni<@NonNull Source> createSource(@NonNull @Valid @Description("The source as it should be recorded.") SourceInput input) {
        return writes.edit(tx -> write(tx, input, null, null), sources::byKeys);
    }

    @Mutation
    @Description("Replaces a source's fields. Needs the `editor` role and the version last read.")
    public Uni<@NonNull Source> updateSource(@NonNull @Id @Description("The source's id.") String id,
            @NonNull @Description("The version last read.") Integer version,
            @NonNull @Valid @Description("The source as it should be recorded.") SourceInput input) {
        long key = GlobalId.parse(id, NodeType.SOURCE);
        return writes.edit(tx -> write(tx, input, key, version), sources::byKeys);
    }

    @Mutation
    @Id
    @Description("Deletes a source nothing cites; a cited one answers `CONFLICT`. Needs the `admin` role. Returns the deleted id.")
    public Uni<@NonNull String> deleteSource(@NonNull @Id @Description("The source's id.") String id,
            @NonNull @Description("The version last read.") Integer version) {
        long key = GlobalId.parse(id, NodeType.SOURCE);
        return writes.delete(id, tx -> tx.delete("source", "source", key, version));
    }

    /** Creates the source ({@code key} null) or replaces it; answers its key. The import shares it. */
    public static Uni<Long> write(Tx tx, SourceInput input, Long key, Integer version) {
        InputCheck check = new InputCheck("input");
        check.url(input.url, check.path("url"));
        check.orFail();
        return key == null
                ? tx.insert("source", columns(input))
                : tx.update("source", "source", key, version, columns(input)).replaceWith(key);
    }

    private static Columns columns(SourceInput input) {
        return new Columns().set("url", input.url.strip()).set("publisher", input.publisher.strip())
                .set("title", input.title.strip()).set("published_on", input.publishedOn);
    }
}
