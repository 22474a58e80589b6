package io.entente.country;

import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;

import io.entente.bloc.Bloc;
import io.entente.bloc.BlocQueries;
import io.entente.graphql.ApiError;
import io.entente.paging.Paging;
import io.smallrye.mutiny.Uni;

/** The root fields that read countries. */
@GraphQLApi
public class CountryGraphQL {

    private final CountryQueries countries;
    private final BlocQueries blocs;
    private final Paging paging;

    public CountryGraphQL(CountryQueries countries, BlocQueries blocs, Paging paging) {
        this.countries = countries;
        this.blocs = blocs;
        this.paging = paging;
    }

    @Query
    @Description("A country by its ISO 3166-1 alpha-2 or alpha-3 code, case-insensitive (`FR`, `fra`).")
    public Uni<Country> country(@NonNull @Description("Alpha-2 or alpha-3 code.") String code) {
        String normalized = CountryCode.normalize(code);
        return countries.byCode(normalized)
                .onItem().ifNull().failWith(() -> ApiError.notFound("No country has the code " + normalized + "."));
    }

    @Query
    @Description("Countries, sorted by name unless `orderBy` says otherwise.")
    public Uni<@NonNull CountryConnection> countries(@Description("Conditions every item must meet.") CountryFilter filter,
            @Description("Page size (default 20, at most 100).") Integer first,
            @Description("Cursor after which the page starts.") String after,
            @Description("Page size when paging backwards (default 20, at most 100).") Integer last,
            @Description("Cursor before which the page ends, to page backwards.") String before,
            @DefaultValue("NAME_ASC") @Description("Sort order.") CountryOrder orderBy) {
        var request = paging.request(first, after, last, before, orderBy.ordering);
        return countries.page(filter, request)
                .call(page -> page.edges().isEmpty() && filter != null && filter.blocCode != null
                        ? requireKnownBloc(Bloc.normalizeCode(filter.blocCode))
                        : Uni.createFrom().voidItem())
                .map(CountryConnection::new);
    }

    private Uni<Void> requireKnownBloc(String code) {
        return blocs.byCode(code).map(bloc -> {
            if (bloc == null) {
                throw ApiError.badInput("Unknown bloc code " + code + ".");
            }
            return null;
        });
    }

    @Description("How many countries the whole list has, across all pages.")
    public Uni<@NonNull Integer> totalCount(@Source CountryConnection connection) {
        return connection.countAll();
    }
}
