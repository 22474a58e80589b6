package io.entente.live;

import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.GraphQLException;
import org.eclipse.microprofile.graphql.NonNull;

import io.entente.auth.Access;
import io.entente.bloc.Bloc;
import io.entente.bloc.BlocQueries;
import io.entente.country.CountryCode;
import io.entente.country.CountryQueries;
import io.entente.event.Event;
import io.entente.graphql.ApiError;
import io.entente.graphql.ListLimits;
import io.entente.meeting.Meeting;
import io.entente.sanction.SanctionRegime;
import io.smallrye.graphql.api.Nullable;
import io.smallrye.graphql.api.Subscription;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;

/**
 * Live subscriptions over WebSocket (graphql-transport-ws): meetings and events as they are recorded, sanction regimes
 * as they change, committed by any connection. A malformed code is refused at once (an {@code error} message); an
 * unknown one is looked up while the subscription already counts, and ends it with {@code BAD_USER_INPUT}.
 * How subscriptions end when a client falls behind: {@link Subscribers}.
 *
 * <p>A stream that fails after it started (falling behind, an unknown code) is answered by SmallRye GraphQL with one
 * last item carrying the error, then {@code complete}. Two details of SmallRye GraphQL 2.17 and graphql-java 24 shape
 * these fields: they are nullable although they never deliver null, because on a non-null field graphql-java fails
 * that last event and SmallRye's WebSocket handler then sends the client nothing; and the failure is handed over as a
 * {@link GraphQLException}, because for any other exception the last item would repeat the previous item's data.
 */
@GraphQLApi
public class LiveGraphQL {

    private static final String ENDING = " Never null, except in the last message of a subscription that ends with an"
            + " error: CONFLICT if the client fell more than `entente.live.buffer-size` (default 256) changes behind"
            + " or changes may have been missed; then subscribe again, and query again what you show.";

    private final Subscribers subscribers;
    private final CountryQueries countries;
    private final BlocQueries blocs;
    private final Access access;
    private final SubscriberCredentials credentials;

    LiveGraphQL(Subscribers subscribers, CountryQueries countries, BlocQueries blocs, Access access,
            SubscriberCredentials credentials) {
        this.subscribers = subscribers;
        this.countries = countries;
        this.blocs = blocs;
        this.access = access;
        this.credentials = credentials;
    }

    // @Nullable: SmallRye takes the elements' @NonNull for the list's own, which would make the argument required.
    @Subscription
    @Description("Each meeting as it is recorded, once the transaction that records it commits." + ENDING)
    public Multi<Meeting> meetingRecorded(@Description("Only meetings in which all these countries take part (ISO 3166-1"
            + " alpha-2 or alpha-3, any case; at most 10). None: every meeting.") @Nullable List<@NonNull String> countryCodes) {
        access.requireReader(credentials.authorization());
        return endingWithError(ofParties(Topic.MEETING, countryCodes).map(Meeting.class::cast));
    }

    @Subscription
    @Description("Each event as it is recorded, once the transaction that records it commits." + ENDING)
    public Multi<Event> eventRecorded(@Description("Only events that involve all these countries (ISO 3166-1 alpha-2 or"
            + " alpha-3, any case; at most 10). None: every event.") @Nullable List<@NonNull String> countryCodes) {
        access.requireReader(credentials.authorization());
        return endingWithError(ofParties(Topic.EVENT, countryCodes).map(Event.class::cast));
    }

    @Subscription
    @Description("Each sanction regime as it is created or changed: its details, a step of its history (adopted, renewed,"
            + " suspended, lifted, ...), its measures or its designations." + ENDING)
    public Multi<SanctionRegime> sanctionRegimeChanged(
            @Description("Only regimes this country (ISO 3166-1 alpha-2 or alpha-3) or bloc (`EU`) imposes.") String issuerCode,
            @Description("Only regimes that target this country (ISO 3166-1 alpha-2 or alpha-3).") String targetCode) {
        access.requireReader(credentials.authorization());
        // The form of a bloc code includes that of a country code: one check serves both.
        String issuer = issuerCode == null ? null : Bloc.normalizeCode(issuerCode);
        String target = targetCode == null ? null : CountryCode.normalize(targetCode);
        Predicate<Codes> filter = codes -> (issuer == null || codes.issuer().contains(issuer))
                && (target == null || codes.target().contains(target));
        Uni<Void> known = (target == null ? Uni.createFrom().voidItem() : countries.requireKnown(target))
                .chain(() -> issuer == null ? Uni.createFrom().voidItem() : requireIssuer(issuer));
        return endingWithError(subscribers.subscribe(Topic.SANCTION_REGIME, filter, known).map(SanctionRegime.class::cast));
    }

    private Multi<Object> ofParties(Topic topic, List<String> countryCodes) {
        ListLimits.requireAtMost("countryCodes", countryCodes, ListLimits.MAX_COUNTRY_CODES);
        Set<String> codes = countryCodes == null ? Set.of() : Set.of(CountryCode.normalize(countryCodes));
        Uni<Void> known = codes.isEmpty() ? Uni.createFrom().voidItem() : countries.requireKnown(codes.toArray(String[]::new));
        return subscribers.subscribe(topic, parties -> parties.parties().containsAll(codes), known);
    }

    /** The error reaches the client with its code: ErrorCodeInstrumentation finds our ApiError as the cause. */
    private static <T> Multi<T> endingWithError(Multi<T> stream) {
        return stream.onFailure().transform(failure -> new GraphQLException(failure.getMessage(), failure));
    }

    private Uni<Void> requireIssuer(String code) {
        return Uni.combine().all().unis(countries.byCode(code), blocs.byCode(code)).asTuple().invoke(found -> {
            if (found.getItem1() == null && found.getItem2() == null) {
                throw ApiError.badInput("No country or bloc has the code " + code + ".");
            }
        }).replaceWithVoid();
    }
}
