package io.entente.timeline;

import java.time.LocalDate;
import java.util.List;

import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;

import io.entente.country.CountryCode;
import io.entente.country.CountryQueries;
import io.entente.graphql.ApiError;
import io.entente.graphql.Dates;
import io.entente.graphql.ListLimits;
import io.entente.graphql.TimelineEntry;
import io.smallrye.mutiny.Uni;

/** The {@code timeline} root field: what happened between a set of countries, in date order. */
@GraphQLApi
public class TimelineGraphQL {

    static final int MAX_ENTRIES = 500;

    private final TimelineQueries timeline;
    private final CountryQueries countries;

    public TimelineGraphQL(TimelineQueries timeline, CountryQueries countries) {
        this.timeline = timeline;
        this.countries = countries;
    }

    @Query
    @Description("Meetings, events and sanction status changes involving all the given countries, oldest first."
            + " A sanction regime involves its target and its issuer (a bloc's members on the day of the change).")
    public Uni<@NonNull List<@NonNull TimelineEntry>> timeline(
            @NonNull @Description("One to ten ISO codes; every entry involves all of them.") List<@NonNull String> countryCodes,
            @Description("Only entries on or after this day.") LocalDate from,
            @Description("Only entries on or before this day.") LocalDate to,
            @DefaultValue("100") @Description("At most this many entries (at most 500).") int first) {
        if (countryCodes.isEmpty()) {
            throw ApiError.badInput("\"countryCodes\" must name at least one country.");
        }
        ListLimits.requireAtMost("countryCodes", countryCodes, ListLimits.MAX_COUNTRY_CODES);
        if (first < 0 || first > MAX_ENTRIES) {
            throw ApiError.badInput("\"first\" must be between 0 and " + MAX_ENTRIES + " (was " + first + ").");
        }
        Dates.requireOrdered(from, to);
        String[] codes = CountryCode.normalize(countryCodes);
        return countries.requireKnown(codes).chain(() -> timeline.entries(codes, from, to, first));
    }
}
