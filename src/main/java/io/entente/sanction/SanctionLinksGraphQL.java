package io.entente.sanction;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Source;

import io.entente.bloc.Bloc;
import io.entente.country.Country;
import io.entente.event.Event;
import io.entente.official.Official;
import io.entente.official.OfficialQueries;
import io.entente.sanction.SanctionQueries.RegimeLink;
import io.smallrye.mutiny.Uni;

/** Sanctions seen from the other side: from countries, blocs, officials, events, designations and history steps. */
@GraphQLApi
public class SanctionLinksGraphQL {

    private final SanctionQueries sanctions;
    private final OfficialQueries officials;

    public SanctionLinksGraphQL(SanctionQueries sanctions, OfficialQueries officials) {
        this.sanctions = sanctions;
        this.officials = officials;
    }

    @Name("sanctionsImposed")
    @Description("Sanction regimes this country issues, most recent first.")
    public Uni<List<@NonNull List<@NonNull SanctionRegime>>> imposedByCountries(@Source List<Country> parents) {
        return sanctions.regimesBy(RegimeLink.ISSUER_COUNTRY, parents.stream().map(Country::key).toList());
    }

    @Name("sanctionsReceived")
    @Description("Sanction regimes targeting this country, most recent first.")
    public Uni<List<@NonNull List<@NonNull SanctionRegime>>> receivedByCountries(@Source List<Country> parents) {
        return sanctions.regimesBy(RegimeLink.TARGET, parents.stream().map(Country::key).toList());
    }

    @Name("sanctionsImposed")
    @Description("Sanction regimes this bloc issues, most recent first.")
    public Uni<List<@NonNull List<@NonNull SanctionRegime>>> imposedByBlocs(@Source List<Bloc> parents) {
        return sanctions.regimesBy(RegimeLink.ISSUER_BLOC, parents.stream().map(Bloc::key).toList());
    }

    @Name("designations")
    @Description("The official's listings under sanction regimes, oldest first.")
    public Uni<List<@NonNull List<@NonNull Designation>>> designationsOfOfficials(@Source List<Official> parents) {
        return sanctions.designationsOfOfficials(parents.stream().map(Official::key).toList());
    }

    @Name("triggeredSanctions")
    @Description("Sanction regimes this event led to.")
    public Uni<List<@NonNull List<@NonNull SanctionRegime>>> triggeredBy(@Source List<Event> parents) {
        return sanctions.triggeredBy(parents.stream().map(Event::key).toList());
    }

    @Name("sanctionRegimes")
    @Description("The sanction regimes that cite this source (their legal acts, for instance), most recent first.")
    public Uni<List<@NonNull List<@NonNull SanctionRegime>>> regimesCiting(@Source List<io.entente.source.Source> parents) {
        return sanctions.citing(parents.stream().map(io.entente.source.Source::key).toList());
    }

    @NonNull
    @Name("regime")
    @Description("The regime imposing this measure.")
    public Uni<List<SanctionRegime>> regimeOfMeasures(@Source List<SanctionMeasure> parents) {
        return sanctions.byKeys(parents.stream().map(m -> m.regimeKey).toList());
    }

    @NonNull
    @Description("The official listed.")
    public Uni<List<Official>> official(@Source List<Designation> parents) {
        return officials.byKeys(parents.stream().map(d -> d.officialKey).toList());
    }

    @NonNull
    @Description("The regime the official is listed under.")
    public Uni<List<SanctionRegime>> regime(@Source List<Designation> parents) {
        return sanctions.byKeys(parents.stream().map(d -> d.regimeKey).toList());
    }

    @NonNull
    @Name("regime")
    @Description("The regime this step belongs to.")
    public Uni<List<SanctionRegime>> regimeOfChanges(@Source List<SanctionStatusChange> parents) {
        return sanctions.byKeys(parents.stream().map(c -> c.regimeKey).toList());
    }
}
