package io.entente.live;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;

import io.entente.bloc.Bloc;
import io.entente.bloc.BlocQueries;
import io.entente.country.Country;
import io.entente.country.CountryQueries;
import io.entente.event.EventQueries;
import io.entente.meeting.MeetingQueries;
import io.entente.sanction.SanctionQueries;
import io.entente.sanction.SanctionRegime;
import io.smallrye.mutiny.Uni;

/**
 * Reads changed objects, with the codes subscriptions filter them on, through each feature's public queries: two
 * statements per batch of keys for meetings and for events, two or three for sanction regimes.
 */
@ApplicationScoped
class ChangeLoader {

    /** A changed object as subscribers receive it, and what they filter it on. */
    record Loaded(Object item, Codes codes) {
    }

    private final MeetingQueries meetings;
    private final EventQueries events;
    private final SanctionQueries sanctions;
    private final CountryQueries countries;
    private final BlocQueries blocs;

    ChangeLoader(MeetingQueries meetings, EventQueries events, SanctionQueries sanctions, CountryQueries countries,
            BlocQueries blocs) {
        this.meetings = meetings;
        this.events = events;
        this.sanctions = sanctions;
        this.countries = countries;
        this.blocs = blocs;
    }

    /** The objects that still exist among the keys (distinct), by key. */
    Uni<Map<Long, Loaded>> load(Topic topic, List<Long> keys) {
        return switch (topic) {
            case MEETING -> withParties(meetings.byKeys(keys), meetings.countriesOf(keys), keys);
            case EVENT -> withParties(events.byKeys(keys), events.countriesOf(keys), keys);
            case SANCTION_REGIME -> regimes(keys);
        };
    }

    private static <T> Uni<Map<Long, Loaded>> withParties(Uni<List<T>> items, Uni<List<List<Country>>> parties, List<Long> keys) {
        return Uni.combine().all().unis(items, parties).asTuple().map(found -> {
            Map<Long, Loaded> loaded = new HashMap<>();
            for (int i = 0; i < keys.size(); i++) {
                T item = found.getItem1().get(i);
                if (item != null) {
                    loaded.put(keys.get(i), new Loaded(item, Codes.ofParties(found.getItem2().get(i))));
                }
            }
            return loaded;
        });
    }

    private Uni<Map<Long, Loaded>> regimes(List<Long> keys) {
        return sanctions.byKeys(keys).chain(found -> {
            List<SanctionRegime> regimes = found.stream().filter(Objects::nonNull).toList();
            if (regimes.isEmpty()) {
                return Uni.createFrom().item(Map.of());
            }
            int count = regimes.size();
            // Issuers and targets in one statement: the first half of the answer is the issuers, the second the targets.
            List<Long> countryKeys = new ArrayList<>(keysOf(regimes, r -> r.issuerCountryKey));
            countryKeys.addAll(keysOf(regimes, r -> r.targetCountryKey));
            List<Long> blocKeys = keysOf(regimes, r -> r.issuerBlocKey);
            Uni<List<Bloc>> issuerBlocs = blocKeys.stream().allMatch(Objects::isNull)
                    ? Uni.createFrom().item(Collections.nCopies(count, null))
                    : blocs.byKeys(blocKeys);
            return Uni.combine().all().unis(countries.byKeys(countryKeys), issuerBlocs).asTuple().map(codes -> {
                Map<Long, Loaded> loaded = new HashMap<>();
                for (int i = 0; i < count; i++) {
                    SanctionRegime regime = regimes.get(i);
                    loaded.put(regime.key(), new Loaded(regime, Codes.ofRegime(codes.getItem1().get(i),
                            codes.getItem2().get(i), codes.getItem1().get(count + i))));
                }
                return loaded;
            });
        });
    }

    private static List<Long> keysOf(List<SanctionRegime> regimes, Function<SanctionRegime, Long> key) {
        return regimes.stream().map(key).toList();
    }
}
