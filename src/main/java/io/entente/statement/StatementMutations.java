package io.entente.statement;

import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.NonNull;

import io.entente.graphql.ApiError;
import io.entente.graphql.ErrorCode;
import io.entente.graphql.GlobalId;
import io.entente.graphql.NodeType;
import io.entente.write.InputCheck;
import io.entente.write.Writes;
import io.smallrye.mutiny.Uni;

/** The root fields that write quotes. A meeting's quotes can also be written with the meeting. */
@GraphQLApi
public class StatementMutations {

    private final Writes writes;
    private final StatementQueries statements;

    public StatementMutations(Writes writes, StatementQueries statements) {
        this.writes = writes;
        this.statements = statements;
    }

    @Mutation
    @Description("Records a quote, said at a meeting, at an event, or neither (an interview). Needs the `editor` role.")
    public Uni<@NonNull Statement> createStatement(
            @Id @Description("The meeting it was said at, if any.") String meetingId,
            @Id @Description("The event it was said at, if any (not with `meetingId`).") String eventId,
            @NonNull @Valid @Description("The quote as it should be recorded.") StatementInput input) {
        if (meetingId != null && eventId != null) {
            throw new ApiError(ErrorCode.BAD_USER_INPUT, "A quote belongs to a meeting or an event, not both.", "eventId");
        }
        Long meetingKey = meetingId == null ? null : GlobalId.parse(meetingId, NodeType.MEETING);
        Long eventKey = eventId == null ? null : GlobalId.parse(eventId, NodeType.EVENT);
        return writes.edit(tx -> {
            InputCheck check = new InputCheck("input");
            Uni<Void> owner = meetingKey != null ? tx.lock("meeting", "meeting", meetingKey)
                    : eventKey != null ? tx.lock("event", "event", eventKey) : Uni.createFrom().voidItem();
            return owner.chain(() -> StatementWrites.insert(tx, check, "input", new StatementWrites.Owner(meetingKey, eventKey),
                    List.of(input), Map.of()).map(keys -> keys.get(0)));
        }, statements::byKeys);
    }

    @Mutation
    @Description("Corrects a quote; it stays with its meeting or event. Needs the `editor` role and the version last read.")
    public Uni<@NonNull Statement> updateStatement(@NonNull @Id @Description("The statement's id.") String id,
            @NonNull @Description("The version last read.") Integer version,
            @NonNull @Valid @Description("The quote as it should be recorded.") StatementInput input) {
        long key = GlobalId.parse(id, NodeType.STATEMENT);
        return writes.edit(tx -> StatementWrites.update(tx, input, key, version).replaceWith(key), statements::byKeys);
    }

    @Mutation
    @Id
    @Description("Deletes a quote. Needs the `admin` role. Returns the deleted id.")
    public Uni<@NonNull String> deleteStatement(@NonNull @Id @Description("The statement's id.") String id,
            @NonNull @Description("The version last read.") Integer version) {
        long key = GlobalId.parse(id, NodeType.STATEMENT);
        return writes.delete(id, tx -> tx.delete("statement", "statement", key, version));
    }
}
