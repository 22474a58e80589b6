package io.entente.node;

import java.util.List;
import java.util.function.Function;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;

import io.entente.bloc.BlocQueries;
import io.entente.country.CountryQueries;
import io.entente.event.EventQueries;
import io.entente.graphql.ApiError;
import io.entente.graphql.GlobalId;
import io.entente.graphql.Node;
import io.entente.graphql.NodeType;
import io.entente.meeting.MeetingQueries;
import io.entente.official.OfficialQueries;
import io.entente.sanction.SanctionQueries;
import io.entente.source.SourceQueries;
import io.entente.statement.StatementQueries;
import io.smallrye.mutiny.Uni;

/** Relay's {@code node(id:)}: refetches any object by its global id, through the feature that owns its type. */
@GraphQLApi
public class NodeGraphQL {

    private final CountryQueries countries;
    private final BlocQueries blocs;
    private final OfficialQueries officials;
    private final MeetingQueries meetings;
    private final StatementQueries statements;
    private final SourceQueries sources;
    private final EventQueries events;
    private final SanctionQueries sanctions;

    public NodeGraphQL(CountryQueries countries, BlocQueries blocs, OfficialQueries officials, MeetingQueries meetings,
            StatementQueries statements, SourceQueries sources, EventQueries events, SanctionQueries sanctions) {
        this.countries = countries;
        this.blocs = blocs;
        this.officials = officials;
        this.meetings = meetings;
        this.statements = statements;
        this.sources = sources;
        this.events = events;
        this.sanctions = sanctions;
    }

    @Query
    @Description("Any object with an id (Relay's Node interface).")
    public Uni<Node> node(@NonNull @Id @Description("A global id, as any `id` field returns it.") String id) {
        GlobalId global = GlobalId.parse(id);
        return loader(global.type()).apply(List.of(global.key()))
                .map(found -> (Node) found.get(0))
                .onItem().ifNull().failWith(() -> ApiError.notFound("Nothing has the id " + id + "."));
    }

    private Function<List<Long>, Uni<? extends List<? extends Node>>> loader(String type) {
        return switch (type) {
            case NodeType.COUNTRY -> countries::byKeys;
            case NodeType.BLOC -> blocs::byKeys;
            case NodeType.BLOC_MEMBERSHIP -> blocs::membershipsByKeys;
            case NodeType.OFFICIAL -> officials::byKeys;
            case NodeType.POSITION -> officials::positionsByKeys;
            case NodeType.MEETING -> meetings::byKeys;
            case NodeType.STATEMENT -> statements::byKeys;
            case NodeType.SOURCE -> sources::byKeys;
            case NodeType.EVENT -> events::byKeys;
            case NodeType.SANCTION_REGIME -> sanctions::byKeys;
            case NodeType.DESIGNATION -> sanctions::designationsByKeys;
            default -> throw new IllegalStateException("No loader for node type " + type);
        };
    }
}
