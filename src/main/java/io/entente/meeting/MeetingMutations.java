package io.entente.meeting;

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

/** The root fields that write meetings. */
@GraphQLApi
public class MeetingMutations {

    private final Writes writes;
    private final MeetingQueries meetings;

    public MeetingMutations(Writes writes, MeetingQueries meetings) {
        this.writes = writes;
        this.meetings = meetings;
    }

    @Mutation
    @Description("Records a meeting with its parties, participants, quotes and sources, all or nothing. Needs the"
            + " `editor` role. Subscribers of `meetingRecorded` hear of it once it is committed.")
    public Uni<@NonNull Meeting> createMeeting(@NonNull @Valid @Description("The meeting as it should be recorded.") MeetingInput input) {
        return writes.edit(tx -> MeetingWrites.write(tx, input, null, null), meetings::byKeys);
    }

    @Mutation
    @Description("Replaces a meeting's fields; each list given replaces the current one, each null list is kept. Needs"
            + " the `editor` role and the version last read.")
    public Uni<@NonNull Meeting> updateMeeting(@NonNull @Id @Description("The meeting's id.") String id,
            @NonNull @Description("The version last read.") Integer version,
            @NonNull @Valid @Description("The meeting as it should be recorded.") MeetingInput input) {
        long key = GlobalId.parse(id, NodeType.MEETING);
        return writes.edit(tx -> MeetingWrites.write(tx, input, key, version), meetings::byKeys);
    }

    @Mutation
    @Id
    @Description("Deletes a meeting with its participants, parties, quotes and source links (the sources stay). Needs the"
            + " `admin` role. Returns the deleted id.")
    public Uni<@NonNull String> deleteMeeting(@NonNull @Id @Description("The meeting's id.") String id,
            @NonNull @Description("The version last read.") Integer version) {
        long key = GlobalId.parse(id, NodeType.MEETING);
        return writes.delete(id, tx -> tx.delete("meeting", "meeting", key, version));
    }
}
