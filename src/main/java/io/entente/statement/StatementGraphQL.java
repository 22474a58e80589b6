package io.entente.statement;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Source;

import io.entente.event.Event;
import io.entente.event.EventQueries;
import io.entente.meeting.Meeting;
import io.entente.meeting.MeetingQueries;
import io.entente.official.Official;
import io.entente.official.OfficialQueries;
import io.entente.source.SourceQueries;
import io.smallrye.mutiny.Uni;

/** Statements and what they belong to, in both directions. */
@GraphQLApi
public class StatementGraphQL {

    private final StatementQueries statements;
    private final OfficialQueries officials;
    private final MeetingQueries meetings;
    private final EventQueries events;
    private final SourceQueries sources;

    public StatementGraphQL(StatementQueries statements, OfficialQueries officials, MeetingQueries meetings,
            EventQueries events, SourceQueries sources) {
        this.statements = statements;
        this.officials = officials;
        this.meetings = meetings;
        this.events = events;
        this.sources = sources;
    }

    @NonNull
    @Description("Who said it.")
    public Uni<List<Official>> speaker(@Source List<Statement> parents) {
        return officials.byKeys(parents.stream().map(s -> s.speakerKey).toList());
    }

    @Description("The meeting where it was said, if any.")
    public Uni<List<Meeting>> meeting(@Source List<Statement> parents) {
        return meetings.byKeys(parents.stream().map(s -> s.meetingKey).toList());
    }

    @Description("The event it was said about or at, if any.")
    public Uni<List<Event>> event(@Source List<Statement> parents) {
        return events.byKeys(parents.stream().map(s -> s.eventKey).toList());
    }

    @Description("The source quoting it.")
    public Uni<List<io.entente.source.Source>> source(@Source List<Statement> parents) {
        return sources.byKeys(parents.stream().map(s -> s.sourceKey).toList());
    }

    @Name("statements")
    @Description("What was said at the meeting, in order.")
    public Uni<List<@NonNull List<@NonNull Statement>>> statementsAtMeetings(@Source List<Meeting> parents) {
        return statements.atMeetings(parents.stream().map(Meeting::key).toList());
    }

    @Name("statements")
    @Description("What was said at or about the event, in order.")
    public Uni<List<@NonNull List<@NonNull Statement>>> statementsAtEvents(@Source List<Event> parents) {
        return statements.atEvents(parents.stream().map(Event::key).toList());
    }

    @Name("statements")
    @Description("The statements this source quotes, in order.")
    public Uni<List<@NonNull List<@NonNull Statement>>> statementsCiting(@Source List<io.entente.source.Source> parents) {
        return statements.citing(parents.stream().map(io.entente.source.Source::key).toList());
    }

    @Name("statements")
    @Description("What the official said, oldest first (undated last).")
    public Uni<List<@NonNull List<@NonNull Statement>>> statementsBySpeakers(@Source List<Official> parents) {
        return statements.bySpeakers(parents.stream().map(Official::key).toList());
    }
}
