package io.entente.source;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

import io.entente.event.Event;
import io.entente.meeting.Meeting;
import io.entente.source.SourceQueries.CitedBy;
import io.smallrye.mutiny.Uni;

/** The sources that meetings and events cite. */
@GraphQLApi
public class SourceGraphQL {

    private final SourceQueries sources;

    public SourceGraphQL(SourceQueries sources) {
        this.sources = sources;
    }

    @Name("sources")
    @Description("Where the record of this meeting comes from.")
    public Uni<List<@NonNull List<@NonNull Source>>> sourcesOfMeetings(
            @org.eclipse.microprofile.graphql.Source List<Meeting> parents) {
        return sources.citedBy(CitedBy.MEETING, parents.stream().map(Meeting::key).toList());
    }

    @Name("sources")
    @Description("Where the record of this event comes from.")
    public Uni<List<@NonNull List<@NonNull Source>>> sourcesOfEvents(
            @org.eclipse.microprofile.graphql.Source List<Event> parents) {
        return sources.citedBy(CitedBy.EVENT, parents.stream().map(Event::key).toList());
    }
}
