package io.entente.official;

import java.time.LocalDate;
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
import io.entente.graphql.ById;
import io.entente.graphql.Dates;
import io.entente.graphql.NodeType;
import io.entente.paging.Paging;
import io.smallrye.mutiny.Uni;

/** Officials and positions. Nested fields are batch resolvers: one statement per field and level. */
@GraphQLApi
public class OfficialGraphQL {

    private final OfficialQueries officials;
    private final CountryQueries countries;
    private final Paging paging;

    public OfficialGraphQL(OfficialQueries officials, CountryQueries countries, Paging paging) {
        this.officials = officials;
        this.countries = countries;
        this.paging = paging;
    }

    @Query
    @Description("An official by id.")
    public Uni<Official> official(@NonNull @Id @Description("Its id, as the `id` field gives it.") String id) {
        return ById.find(id, NodeType.OFFICIAL, officials::byKeys);
    }

    @Query
    @Description("Officials, by name unless `orderBy` says otherwise.")
    public Uni<@NonNull OfficialConnection> officials(@Description("Conditions every item must meet.") OfficialFilter filter,
            @Description("Page size (default 20, at most 100).") Integer first,
            @Description("Cursor after which the page starts.") String after,
            @Description("Page size when paging backwards (default 20, at most 100).") Integer last,
            @Description("Cursor before which the page ends, to page backwards.") String before,
            @DefaultValue("NAME_ASC") @Description("Sort order.") OfficialOrder orderBy) {
        var request = paging.request(first, after, last, before, orderBy.ordering);
        return officials.page(filter, request)
                .call(page -> page.edges().isEmpty() && filter != null && filter.countryCode != null
                        ? countries.requireKnown(CountryCode.normalize(filter.countryCode))
                        : Uni.createFrom().voidItem())
                .map(OfficialConnection::new);
    }

    @Description("How many officials the whole list has, across all pages.")
    public Uni<@NonNull Integer> totalCount(@Source OfficialConnection connection) {
        return connection.countAll();
    }

    @NonNull
    @Description("The country the official serves.")
    public Uni<List<Country>> country(@Source List<Official> parents) {
        return countries.byKeys(parents.stream().map(o -> o.countryKey).toList());
    }

    @Description("Every office the official has held, oldest first.")
    public Uni<List<@NonNull List<@NonNull Position>>> positions(@Source List<Official> parents) {
        return officials.positionsOf(parents.stream().map(Official::key).toList());
    }

    @Description("The office held today (the most recent one, if several); null when out of office.")
    public Uni<List<Position>> currentPosition(@Source List<Official> parents) {
        return officials.currentPositionsOf(parents.stream().map(Official::key).toList());
    }

    @NonNull
    @Description("Who held the office.")
    public Uni<List<Official>> official(@Source List<Position> parents) {
        return officials.byKeys(parents.stream().map(p -> p.officialKey).toList());
    }

    @Name("officials")
    @Description("The country's officials in office on a day (today unless `activeOn` is given), by name.")
    public Uni<List<@NonNull List<@NonNull Official>>> officialsOf(@Source List<Country> parents,
            @Description("The day; default today.") LocalDate activeOn,
            @Description("At most this many per country (default and maximum: the maximum page size).") Integer first) {
        int limit = first == null ? paging.maxSize() : paging.size(first);
        return officials.inOfficeOf(parents.stream().map(Country::key).toList(), Dates.orToday(activeOn), limit);
    }
}
