package io.entente.bloc;

import java.time.LocalDate;
import java.util.List;

import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;

import io.entente.country.Country;
import io.entente.country.CountryQueries;
import io.entente.graphql.ApiError;
import io.entente.graphql.Dates;
import io.smallrye.mutiny.Uni;

/**
 * Blocs and their memberships, in both directions. Every nested field is a batch resolver: graphql-java
 * collects the parents of one level and the field costs one statement for all of them.
 */
@GraphQLApi
public class BlocGraphQL {

    private final BlocQueries blocs;
    private final CountryQueries countries;

    public BlocGraphQL(BlocQueries blocs, CountryQueries countries) {
        this.blocs = blocs;
        this.countries = countries;
    }

    @Query
    @Description("A bloc by its code (`EU`, `NATO`), case-insensitive.")
    public Uni<Bloc> bloc(@NonNull @Description("Bloc code.") String code) {
        String normalized = Bloc.normalizeCode(code);
        return blocs.byCode(normalized)
                .onItem().ifNull().failWith(() -> ApiError.notFound("No bloc has the code " + normalized + "."));
    }

    @Query
    @Description("All blocs, by name unless `orderBy` says otherwise.")
    public Uni<@NonNull List<@NonNull Bloc>> blocs(@DefaultValue("NAME_ASC") @Description("Sort order.") BlocOrder orderBy) {
        return blocs.all(orderBy);
    }

    @Description("The member states on a day (today unless `activeOn` is given), by name.")
    public Uni<List<@NonNull List<@NonNull Country>>> members(@Source List<Bloc> parents,
            @Description("The day; default today.") LocalDate activeOn) {
        return blocs.members(parents.stream().map(Bloc::key).toList(), Dates.orToday(activeOn));
    }

    @Description("Every membership the bloc has had, current and past, oldest first.")
    public Uni<List<@NonNull List<@NonNull BlocMembership>>> memberships(@Source List<Bloc> parents) {
        return blocs.membershipsOfBlocs(parents.stream().map(Bloc::key).toList());
    }

    @Description("The blocs this country belongs to on a day (today unless `activeOn` is given), by name.")
    @Name("blocs")
    public Uni<List<@NonNull List<@NonNull Bloc>>> countryBlocs(@Source List<Country> parents,
            @Description("The day; default today.") LocalDate activeOn) {
        return blocs.blocsOf(parents.stream().map(Country::key).toList(), Dates.orToday(activeOn));
    }

    @Description("Every bloc membership this country has had, current and past, oldest first.")
    @Name("memberships")
    public Uni<List<@NonNull List<@NonNull BlocMembership>>> countryMemberships(@Source List<Country> parents) {
        return blocs.membershipsOfCountries(parents.stream().map(Country::key).toList());
    }

    @NonNull
    @Description("The member state.")
    public Uni<List<Country>> country(@Source List<BlocMembership> memberships) {
        return countries.byKeys(memberships.stream().map(m -> m.countryKey).toList());
    }

    @NonNull
    @Description("The bloc.")
    @Name("bloc")
    public Uni<List<Bloc>> membershipBloc(@Source List<BlocMembership> memberships) {
        return blocs.byKeys(memberships.stream().map(m -> m.blocKey).toList());
    }
}
