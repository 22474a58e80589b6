package io.entente.meeting;

import java.util.List;
import java.util.function.BiFunction;

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
import io.entente.official.Official;
import io.entente.paging.Page;
import io.entente.paging.PageRequest;
import io.entente.paging.Paging;
import io.smallrye.mutiny.Uni;

/** Meetings, their parties and participants, and the meetings of countries and officials. */
@GraphQLApi
public class MeetingGraphQL {

    private final MeetingQueries meetings;
    private final CountryQueries countries;
    private final Paging paging;

    public MeetingGraphQL(MeetingQueries meetings, CountryQueries countries, Paging paging) {
        this.meetings = meetings;
        this.countries = countries;
        this.paging = paging;
    }

    @Query
    @Description("A meeting by id.")
    public Uni<Meeting> meeting(@NonNull @Id @Description("Its id, as the `id` field gives it.") String id) {
        return ById.find(id, NodeType.MEETING, meetings::byKeys);
    }

    @Query
    @Description("Meetings, newest first unless `orderBy` says otherwise.")
    public Uni<@NonNull MeetingConnection> meetings(@Description("Conditions every item must meet.") MeetingFilter filter,
            @Description("Page size (default 20, at most 100).") Integer first,
            @Description("Cursor after which the page starts.") String after,
            @Description("Page size when paging backwards (default 20, at most 100).") Integer last,
            @Description("Cursor before which the page ends, to page backwards.") String before,
            @DefaultValue("START_DATE_DESC") @Description("Sort order.") MeetingOrder orderBy) {
        String[] codes = filter == null || filter.countryCodes == null ? new String[0] : codes(filter.countryCodes);
        if (filter != null) {
            Dates.requireOrdered(filter.from, filter.to);
        }
        String host = filter == null || filter.hostCountryCode == null ? null : CountryCode.normalize(filter.hostCountryCode);
        var request = paging.request(first, after, last, before, orderBy.ordering);
        return meetings.page(filter, codes, request)
                .call(page -> page.edges().isEmpty() ? requireKnown(codes, host) : Uni.createFrom().voidItem())
                .map(MeetingConnection::new);
    }

    @Description("How many meetings the whole list has, across all pages.")
    public Uni<@NonNull Integer> totalCount(@Source MeetingConnection connection) {
        return connection.countAll();
    }

    @Description("The country that hosted the meeting, if recorded.")
    public Uni<List<Country>> hostCountry(@Source List<Meeting> parents) {
        return countries.byKeys(parents.stream().map(m -> m.hostCountryKey).toList());
    }

    @Description("The countries taking part (the host is one only if it took part), by name.")
    public Uni<List<@NonNull List<@NonNull Country>>> countries(@Source List<Meeting> parents) {
        return meetings.countriesOf(parents.stream().map(Meeting::key).toList());
    }

    @Description("The officials who took part, hosts first, then by delegation and name.")
    public Uni<List<@NonNull List<@NonNull Participant>>> participants(@Source List<Meeting> parents) {
        return meetings.participantsOf(parents.stream().map(Meeting::key).toList());
    }

    @NonNull
    @Description("The country whose delegation the official belonged to.")
    public Uni<List<Country>> delegationCountry(@Source List<Participant> parents) {
        return countries.byKeys(parents.stream().map(p -> p.delegationCountryKey).toList());
    }

    @NonNull
    @Description("The meeting.")
    public Uni<List<Meeting>> meeting(@Source List<Participant> parents) {
        return meetings.byKeys(parents.stream().map(p -> p.meetingKey).toList());
    }

    @Name("meetings")
    @Description("Meetings this country took part in, newest first unless `orderBy` says otherwise.")
    public Uni<List<@NonNull MeetingConnection>> meetingsOfCountries(@Source List<Country> parents,
            @Description("Page size (default 20, at most 100).") Integer first,
            @Description("Cursor after which the page starts.") String after,
            @DefaultValue("START_DATE_DESC") @Description("Sort order.") MeetingOrder orderBy) {
        return connections(parents.stream().map(Country::key).toList(), first, after, orderBy, meetings::pagesOfCountries);
    }

    @Name("meetings")
    @Description("The meetings whose record cites this source, newest first.")
    public Uni<List<@NonNull List<@NonNull Meeting>>> meetingsCiting(@Source List<io.entente.source.Source> parents) {
        return meetings.citing(parents.stream().map(io.entente.source.Source::key).toList());
    }

    @Description("Meetings this country hosted, newest first unless `orderBy` says otherwise.")
    public Uni<List<@NonNull MeetingConnection>> hostedMeetings(@Source List<Country> parents,
            @Description("Page size (default 20, at most 100).") Integer first,
            @Description("Cursor after which the page starts.") String after,
            @DefaultValue("START_DATE_DESC") @Description("Sort order.") MeetingOrder orderBy) {
        return connections(parents.stream().map(Country::key).toList(), first, after, orderBy, meetings::pagesHostedBy);
    }

    @Name("meetings")
    @Description("Meetings this official took part in, newest first unless `orderBy` says otherwise.")
    public Uni<List<@NonNull MeetingConnection>> meetingsOfOfficials(@Source List<Official> parents,
            @Description("Page size (default 20, at most 100).") Integer first,
            @Description("Cursor after which the page starts.") String after,
            @DefaultValue("START_DATE_DESC") @Description("Sort order.") MeetingOrder orderBy) {
        return connections(parents.stream().map(Official::key).toList(), first, after, orderBy, meetings::pagesOfOfficials);
    }

    private Uni<List<MeetingConnection>> connections(List<Long> parentKeys, Integer first, String after, MeetingOrder orderBy,
            BiFunction<List<Long>, PageRequest<Meeting>, Uni<List<Page<Meeting>>>> pagesOf) {
        return pagesOf.apply(parentKeys, paging.request(first, after, orderBy.ordering).countedIf(Selection.ofBatch()))
                .map(pages -> pages.stream().map(MeetingConnection::new).toList());
    }

    private static String[] codes(List<String> codes) {
        ListLimits.requireAtMost("countryCodes", codes, ListLimits.MAX_COUNTRY_CODES);
        return CountryCode.normalize(codes);
    }

    private Uni<Void> requireKnown(String[] codes, String host) {
        List<String> all = new java.util.ArrayList<>(List.of(codes));
        if (host != null) {
            all.add(host);
        }
        return all.isEmpty() ? Uni.createFrom().voidItem() : countries.requireKnown(all.toArray(String[]::new));
    }
}
