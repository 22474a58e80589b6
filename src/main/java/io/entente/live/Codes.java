package io.entente.live;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import io.entente.bloc.Bloc;
import io.entente.country.Country;

/**
 * What live subscriptions filter a changed object on, as upper-case codes: a meeting's or event's countries
 * (alpha-2 and alpha-3), a sanction regime's issuer (its country's codes or its bloc's) and target.
 */
record Codes(Set<String> parties, Set<String> issuer, Set<String> target) {

    static Codes ofParties(List<Country> countries) {
        Set<String> codes = new HashSet<>();
        countries.forEach(country -> addCodes(codes, country));
        return new Codes(codes, Set.of(), Set.of());
    }

    static Codes ofRegime(Country issuerCountry, Bloc issuerBloc, Country target) {
        Set<String> issuer = new HashSet<>();
        addCodes(issuer, issuerCountry);
        if (issuerBloc != null) {
            issuer.add(issuerBloc.code);
        }
        Set<String> targetCodes = new HashSet<>();
        addCodes(targetCodes, target);
        return new Codes(Set.of(), issuer, targetCodes);
    }

    private static void addCodes(Set<String> codes, Country country) {
        if (country != null) {
            codes.add(country.alpha2);
            codes.add(country.alpha3);
        }
    }
}
