package io.entente.event;

import jakarta.validation.Valid;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.NonNull;

import io.entente.graphql.GlobalId;
import io.entente.graphql.NodeType;
import io.entente.write.Writes;
import io.smallrye.mutiny.Uni;

/** The root fields that write events. */
@GraphQLApi
public class EventMutations {

    private final Writes writes;
    private final EventQueries events;

    public EventMutations(Writes writes, EventQueries events) {
        this.writes = writes;
        this.events = events;
    }

    @Mutation
    @Description("Records an event with the countries involved and its sources. Needs the `editor` role. Subscribers of"
            + " `eventRecorded` hear of it once it is committed.")
    public Uni<@NonNull Event> createEvent(@NonNull @Valid @Description("The event as it should be recorded.") EventInput input) {
        return writes.edit(tx -> EventWrites.write(tx, input, null, null), events::byKeys);
    }

    @Mutation
    @Description("Replaces an event's fields; each list given replaces the current one. Needs the `editor` role and the"
            + " version last read.")
    public Uni<@NonNull Event> updateEvent(@NonNull @Id @Description("The event's id.") String id,
            @NonNull @Description("The version last read.") Integer version,
            @NonNull @Valid @Description("The event as it should be recorded.") EventInput input) {
        long key = GlobalId.parse(id, NodeType.EVENT);
        return writes.edit(tx -> EventWrites.write(tx, input, key, version), events::byKeys);
    }

    @Mutation
    @Id
    @Description("Deletes an event with its country and source links and the quotes said at it. An event that triggered"
            + " a sanction regime answers `CONFLICT`. Needs the `admin` role. Returns the deleted id.")
    public Uni<@NonNull String> deleteEvent(@NonNull @Id @Description("The event's id.") String id,
            @NonNull @Description("The version last read.") Integer version) {
        long key = GlobalId.parse(id, NodeType.EVENT);
        return writes.delete(id, tx -> tx.delete("event", "event", key, version));
    }
}
