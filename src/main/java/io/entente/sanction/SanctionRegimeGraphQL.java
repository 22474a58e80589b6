package io.entente.sanction;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;

import io.entente.bloc.Bloc;
import io.entente.bloc.BlocQueries;
import io.entente.country.Country;
import io.entente.country.CountryCode;
import io.entente.country.CountryQueries;
import io.entente.event.Event;
import io.entente.event.EventQueries;
import io.entente.graphql.ApiError;
import io.entente.graphql.ById;
import io.entente.graphql.NodeType;
import io.entente.graphql.SanctionIssuer;
import io.entente.paging.Paging;
import io.entente.source.SourceQueries;
import io.smallrye.mutiny.Uni;

/** The root fields of sanction regimes and the fields of a regime. */
@GraphQLApi
public class SanctionRegimeGraphQL {

    private final SanctionQueries sanctions;
    private final CountryQueries countries;
    private final BlocQueries blocs;
    private final EventQueries events;
    private final SourceQueries sources;
    private final Paging paging;

    public SanctionRegimeGraphQL(SanctionQueries sanctions, CountryQueries countries, BlocQueries blocs, EventQueries events,
            SourceQueries sources, Paging paging) {
        this.sanctions = sanctions;
        this.countries = countries;
        this.blocs = blocs;
        this.events = events;
        this.sources = sources;
        this.paging = paging;
    }

    @Query
    @Description("A sanction regime by id.")
    public Uni<SanctionRegime> sanctionRegime(@NonNull @Id @Description("Its id, as the `id` field gives it.") String id) {
        return ById.find(id, NodeType.SANCTION_REGIME, sanctions::byKeys);
    }

    @Query
    @Description("Sanction regimes, most recently adopted first unless `orderBy` says otherwise.")
    public Uni<@NonNull SanctionRegimeConnection> sanctionRegimes(@Description("Conditions every item must meet.") SanctionRegimeFilter filter,
            @Description("Page size (default 20, at most 100).") Integer first,
            @Description("Cursor after which the page starts.") String after,
            @Description("Page size when paging backwards (default 20, at most 100).") Integer last,
            @Description("Cursor before which the page ends, to page backwards.") String before,
            @DefaultValue("ADOPTED_ON_DESC") @Description("Sort order.") SanctionRegimeOrder orderBy) {
        var request = paging.request(first, after, last, before, orderBy.ordering);
        return sanctions.page(filter, request)
                .call(page -> page.edges().isEmpty() && filter != null ? requireKnownCodes(filter) : Uni.createFrom().voidItem())
                .map(SanctionRegimeConnection::new);
    }

    @Description("How many regimes the whole list has, across all pages.")
    public Uni<@NonNull Integer> totalCount(@Source SanctionRegimeConnection connection) {
        return connection.countAll();
    }

    @NonNull
    @Description("Who imposes it: a Country or a Bloc.")
    public Uni<List<SanctionIssuer>> issuer(@Source List<SanctionRegime> parents) {
        List<Long> countryKeys = parents.stream().map(r -> r.issuerCountryKey).toList();
        List<Long> blocKeys = parents.stream().map(r -> r.issuerBlocKey).toList();
        boolean anyCountry = countryKeys.stream().anyMatch(k -> k != null);
        boolean anyBloc = blocKeys.stream().anyMatch(k -> k != null);
        Uni<List<Country>> byCountry = anyCountry ? countries.byKeys(countryKeys) : Uni.createFrom().item(nulls(parents.size()));
        Uni<List<Bloc>> byBloc = anyBloc ? blocs.byKeys(blocKeys) : Uni.createFrom().item(nulls(parents.size()));
        return Uni.combine().all().unis(byCountry, byBloc).asTuple().map(found -> {
            List<SanctionIssuer> issuers = new ArrayList<>(parents.size());
            for (int i = 0; i < parents.size(); i++) {
                Country country = found.getItem1().get(i);
                issuers.add(country != null ? country : found.getItem2().get(i));
            }
            return issuers;
        });
    }

    @NonNull
    @Description("The country it targets.")
    public Uni<List<Country>> target(@Source List<SanctionRegime> parents) {
        return countries.byKeys(parents.stream().map(r -> r.targetCountryKey).toList());
    }

    @Description("The kinds of measure it imposes.")
    public Uni<List<@NonNull List<@NonNull SanctionMeasure>>> measures(@Source List<SanctionRegime> parents) {
        return sanctions.measuresOf(keys(parents));
    }

    @Description("The officials listed under it, in order of listing.")
    public Uni<List<@NonNull List<@NonNull Designation>>> designations(@Source List<SanctionRegime> parents) {
        return sanctions.designationsOfRegimes(keys(parents));
    }

    @Description("Its dated history, oldest first: adoption, renewals, extensions, suspension, lifting.")
    public Uni<List<@NonNull List<@NonNull SanctionStatusChange>>> history(@Source List<SanctionRegime> parents) {
        return sanctions.historyOf(keys(parents));
    }

    @Description("The events that led to it, oldest first.")
    public Uni<List<@NonNull List<@NonNull Event>>> triggeringEvents(@Source List<SanctionRegime> parents) {
        return events.triggeringEventsOf(keys(parents));
    }

    @Description("Its legal acts and other sources.")
    public Uni<List<@NonNull List<io.entente.source.@NonNull Source>>> sources(@Source List<SanctionRegime> parents) {
        return sources.citedBy(SourceQueries.CitedBy.SANCTION_REGIME, keys(parents));
    }

    private static List<Long> keys(List<SanctionRegime> regimes) {
        return regimes.stream().map(SanctionRegime::key).toList();
    }

    private static <T> List<T> nulls(int size) {
        return new ArrayList<>(Collections.nCopies(size, null));
    }

    private Uni<Void> requireKnownCodes(SanctionRegimeFilter filter) {
        Uni<Void> target = filter.targetCode == null ? Uni.createFrom().voidItem()
                : countries.requireKnown(CountryCode.normalize(filter.targetCode));
        if (filter.issuerCode == null) {
            return target;
        }
        String issuer = Bloc.normalizeCode(filter.issuerCode);
        return target.chain(() -> sanctions.issuerExists(issuer)).map(exists -> {
            if (!exists) {
                throw ApiError.badInput("No country or bloc has the code " + issuer + ".");
            }
            return null;
        });
    }
}
