package io.entente.event;

import java.util.List;

import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;

import io.entente.country.Country;
import io.entente.country.CountryCode;
import io.entente.country.CountryQueries;
import io.entente.db.Selection;
import io.entente.graphql.ById;
import io.entente.graphql.Dates;
import io.entente.graphql.ListLimits;
import io.entente.graphql.NodeType;
import io.entente.paging.Paging;
import io.smallrye.mutiny.Uni;

/** Events and the countries they involve, in both directions. */
@GraphQLApi
public class EventGraphQL {

    private final EventQueries events;
    private final CountryQueries countries;
    private final Paging paging;

    public EventGraphQL(EventQueries events, CountryQueries countries, Paging paging) {
        this.events = events;
        this.countries = countries;
        this.paging = paging;
    }

    @Query
    @Description("An event by id.")
    public Uni<Event> event(@NonNull @Id @Description("Its id, as the `id` field gives it.") String id) {
        return ById.find(id, NodeType.EVENT, events::byKeys);
    }

    @Query
    @Description("Events, newest first unless `orderBy` says otherwise.")
    public Uni<@NonNull EventConnection> events(@Description("Conditions every item must meet.") EventFilter filter,
            @Description("Page size (default 20, at most 100).") Integer first,
            @Description("Cursor after which the page starts.") String after,
            @Description("Page size when paging backwards (default 20, at most 100).") Integer last,
            @Description("Cursor before which the page ends, to page backwards.") String before,
            @DefaultValue("DATE_DESC") @Description("Sort order.") EventOrder orderBy) {
        String[] codes = new String[0];
        if (filter != null) {
            Dates.requireOrdered(filter.from, filter.to);
            if (filter.countryCodes != null) {
                ListLimits.requireAtMost("countryCodes", filter.countryCodes, ListLimits.MAX_COUNTRY_CODES);
                codes = CountryCode.normalize(filter.countryCodes);
            }
        }
        String[] known = codes;
        var request = paging.request(first, after, last, before, orderBy.ordering);
        return events.page(filter, codes, request)
                .call(page -> page.edges().isEmpty() && known.length > 0 ? countries.requireKnown(known)
                        : Uni.createFrom().voidItem())
                .map(EventConnection::new);
    }

    @Description("How many events the whole list has, across all pages.")
    public Uni<@NonNull Integer> totalCount(@Source EventConnection connection) {
        return connection.countAll();
    }

    @Description("The countries involved, by name.")
    public Uni<List<@NonNull List<@NonNull Country>>> countries(@Source List<Event> parents) {
        return events.countriesOf(parents.stream().map(Event::key).toList());
    }

    @Name("events")
    @Description("The events whose record cites this source, newest first.")
    public Uni<List<@NonNull List<@NonNull Event>>> eventsCiting(@Source List<io.entente.source.Source> parents) {
        return events.citing(parents.stream().map(io.entente.source.Source::key).toList());
    }

    @Name("events")
    @Description("Events involving this country, newest first unless `orderBy` says otherwise.")
    public Uni<List<@NonNull EventConnection>> eventsOfCountries(@Source List<Country> parents,
            @Description("Page size (default 20, at most 100).") Integer first,
            @Description("Cursor after which the page starts.") String after,
            @DefaultValue("DATE_DESC") @Description("Sort order.") EventOrder orderBy) {
        var request = paging.request(first, after, orderBy.ordering).countedIf(Selection.ofBatch());
        return events.pagesOfCountries(parents.stream().map(Country::key).toList(), request)
                .map(pages -> pages.stream().map(EventConnection::new).toList());
    }
}
