package io.entente.bloc;

import static io.entente.graphql.GraphQLClient.data;
import static io.entente.graphql.GraphQLClient.query;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** Blocs, their members and memberships over time, in both directions, and the sanctions a bloc imposes. */
@QuarkusTest
class BlocGraphQLTest {

    private static final String BLOC = """
            query ($code: String!) {
              bloc(code: $code) { code name foundedOn }
            }
            """;

    private static final String MEMBERS = """
            query ($code: String!, $day: Date) {
              bloc(code: $code) { members(activeOn: $day) { alpha2 name } }
            }
            """;

    private static final String BLOC_MEMBERSHIPS = """
            query ($code: String!) {
              bloc(code: $code) {
                memberships { since until country { alpha2 name } bloc { code } }
              }
            }
            """;

    private static final String COUNTRY_BLOCS = """
            query ($code: String!, $day: Date) {
              country(code: $code) { blocs(activeOn: $day) { code } }
            }
            """;

    private static final String COUNTRY_MEMBERSHIPS = """
            query ($code: String!) {
              country(code: $code) {
                memberships { since until bloc { code name } country { alpha2 } }
              }
            }
            """;

    @Test
    void blocIsFoundByItsCodeWhateverTheCase() {
        JsonPath eu = data(BLOC, "code", "eu");
        JsonPath nato = data(BLOC, "code", "Nato");

        assertEquals("EU", eu.getString("data.bloc.code"));
        assertEquals("European Union", eu.getString("data.bloc.name"));
        assertEquals("1958-01-01", eu.getString("data.bloc.foundedOn"));
        assertEquals("NATO", nato.getString("data.bloc.code"));
        assertEquals("North Atlantic Treaty Organization", nato.getString("data.bloc.name"));
        assertEquals("1949-04-04", nato.getString("data.bloc.foundedOn"));
    }

    @Test
    void anUnknownBlocCodeIsNotFound() {
        JsonPath json = query(BLOC, "code", "XYZ");

        assertNull(json.get("data.bloc"));
        assertError(json, "NOT_FOUND", "XYZ");
    }

    @Test
    void aMalformedBlocCodeIsBadUserInput() {
        JsonPath json = query(BLOC, "code", "E U");

        assertNull(json.get("data.bloc"));
        assertError(json, "BAD_USER_INPUT", "E U");
    }

    @Test
    void blocsAreListedByNameByDefault() {
        JsonPath byDefault = data("""
                { blocs { code name } }
                """);
        JsonPath byName = data("""
                query ($order: BlocOrder) { blocs(orderBy: $order) { code } }
                """, "order", "NAME_ASC");

        assertEquals(List.of("EU", "G7", "NORMANDY", "NATO"), byDefault.getList("data.blocs.code"));
        assertEquals(List.of("European Union", "Group of Seven", "Normandy Format", "North Atlantic Treaty Organization"),
                byDefault.getList("data.blocs.name"));
        assertEquals(byDefault.getList("data.blocs.code"), byName.getList("data.blocs.code"));
    }

    @Test
    void blocsCanBeListedByCode() {
        JsonPath json = data("""
                query ($order: BlocOrder) { blocs(orderBy: $order) { code } }
                """, "order", "CODE_ASC");

        assertEquals(List.of("EU", "G7", "NATO", "NORMANDY"), json.getList("data.blocs.code"));
    }

    @Test
    void theEuHasTwentySevenMembersTodayWithFranceAndWithoutTheUnitedKingdom() {
        JsonPath json = data(MEMBERS, "code", "EU");

        List<String> codes = json.getList("data.bloc.members.alpha2");
        assertEquals(27, codes.size());
        assertThat(codes, hasItem("FR"));
        assertThat(codes, not(hasItem("GB")));
        assertEquals("Austria", json.getString("data.bloc.members[0].name"));
        assertEquals("Sweden", json.getString("data.bloc.members[26].name"));
    }

    @Test
    void theEuHadTwentyEightMembersIncludingTheUnitedKingdomOnTheDayOfTheTwoPlusTwo() {
        JsonPath json = data(MEMBERS, "code", "EU", "day", "2019-09-09");

        List<String> codes = json.getList("data.bloc.members.alpha2");
        assertEquals(28, codes.size());
        assertThat(codes, hasItem("GB"));
        assertThat(codes, hasItem("FR"));
    }

    @Test
    void theUnitedKingdomWasAMemberOnTheLastDayBeforeItsWithdrawalAndNotOnTheDayItself() {
        List<String> lastDay = data(MEMBERS, "code", "EU", "day", "2020-01-31").getList("data.bloc.members.alpha2");
        List<String> withdrawal = data(MEMBERS, "code", "EU", "day", "2020-02-01").getList("data.bloc.members.alpha2");

        assertEquals(28, lastDay.size());
        assertThat(lastDay, hasItem("GB"));
        assertEquals(27, withdrawal.size());
        assertThat(withdrawal, not(hasItem("GB")));
    }

    @Test
    void theSixFoundersWereTheOnlyMembersOnTheFirstDayAndNoneTheDayBefore() {
        JsonPath founding = data(MEMBERS, "code", "EU", "day", "1958-01-01");
        JsonPath dayBefore = data(MEMBERS, "code", "EU", "day", "1957-12-31");

        assertEquals(List.of("Belgium", "France", "Germany", "Italy", "Luxembourg", "Netherlands"),
                founding.getList("data.bloc.members.name"));
        assertEquals(List.of(), dayBefore.getList("data.bloc.members"));
    }

    @Test
    void canadaJoinedTheG7AfterTheFirstSummit() {
        List<String> early = data(MEMBERS, "code", "G7", "day", "1976-01-01").getList("data.bloc.members.name");
        List<String> today = data(MEMBERS, "code", "G7").getList("data.bloc.members.name");

        assertEquals(List.of("France", "Germany", "Italy", "Japan", "United Kingdom", "United States"), early);
        assertEquals(List.of("Canada", "France", "Germany", "Italy", "Japan", "United Kingdom", "United States"), today);
    }

    @Test
    void anInvalidDayIsBadUserInputNamingTheValue() {
        JsonPath json = query(MEMBERS, "code", "EU", "day", "2019-13-45");

        assertNull(json.get("data.bloc.members"));
        assertError(json, "BAD_USER_INPUT", "2019-13-45");
    }

    @Test
    void everyBlocsMembersAndMembershipsComeInOneQuery() {
        JsonPath json = data("""
                { blocs { code members { alpha2 } memberships { since } } }
                """);

        assertEquals(List.of("EU", "G7", "NORMANDY", "NATO"), json.getList("data.blocs.code"));
        assertEquals(List.of(27, 7, 4, 32), json.getList("data.blocs.collect { it.members.size() }"));
        assertEquals(List.of(28, 7, 4, 32), json.getList("data.blocs.collect { it.memberships.size() }"));
        assertEquals(List.of("FR", "DE", "RU", "UA"), json.getList("data.blocs[2].members.alpha2"));
    }

    @Test
    void theEuMembershipsListTheUnitedKingdomFrom1973Until2020OldestFirst() {
        JsonPath json = data(BLOC_MEMBERSHIPS, "code", "EU");

        List<Map<String, Object>> memberships = json.getList("data.bloc.memberships");
        assertEquals(28, memberships.size());
        assertEquals("1958-01-01", json.getString("data.bloc.memberships[0].since"));
        assertEquals("2013-07-01", json.getString("data.bloc.memberships[27].since"));
        assertEquals("HR", json.getString("data.bloc.memberships[27].country.alpha2"));
        Map<String, Object> uk = memberships.stream()
                .filter(m -> "GB".equals(((Map<?, ?>) m.get("country")).get("alpha2")))
                .findFirst().orElseThrow();
        assertEquals("1973-01-01", uk.get("since"));
        assertEquals("2020-02-01", uk.get("until"));
        assertEquals("United Kingdom", ((Map<?, ?>) uk.get("country")).get("name"));
        assertEquals("EU", ((Map<?, ?>) uk.get("bloc")).get("code"));
    }

    @Test
    void natoMembershipsEndWithNorthMacedoniaFinlandAndSweden() {
        JsonPath json = data(BLOC_MEMBERSHIPS, "code", "NATO");

        List<Object> memberships = json.getList("data.bloc.memberships");
        assertEquals(32, memberships.size());
        assertEquals(List.of("MK", "FI", "SE"), json.getList("data.bloc.memberships.country.alpha2").subList(29, 32));
        assertEquals(List.of("2020-03-27", "2023-04-04", "2024-03-07"), json.getList("data.bloc.memberships.since").subList(29, 32));
        assertEquals(List.of("NATO"), json.getList("data.bloc.memberships.bloc.code").stream().distinct().toList());
    }

    @Test
    void franceBelongsToFourBlocsAndHasBeenInNatoSince1949AndInTheEuSince1958() {
        JsonPath blocs = data(COUNTRY_BLOCS, "code", "FR");
        JsonPath memberships = data(COUNTRY_MEMBERSHIPS, "code", "FR");

        assertEquals(List.of("EU", "G7", "NORMANDY", "NATO"), blocs.getList("data.country.blocs.code"));
        assertEquals(List.of("NATO", "EU", "G7", "NORMANDY"), memberships.getList("data.country.memberships.bloc.code"));
        assertEquals(List.of("1949-08-24", "1958-01-01", "1975-11-15", "2014-06-06"),
                memberships.getList("data.country.memberships.since"));
        assertEquals(List.of("FR"), memberships.getList("data.country.memberships.country.alpha2").stream().distinct().toList());
    }

    @Test
    void finlandJoinedNatoOn4April2023() {
        List<String> dayBefore = data(COUNTRY_BLOCS, "code", "FI", "day", "2023-04-03").getList("data.country.blocs.code");
        List<String> accession = data(COUNTRY_BLOCS, "code", "FI", "day", "2023-04-04").getList("data.country.blocs.code");
        JsonPath memberships = data(COUNTRY_MEMBERSHIPS, "code", "FIN");

        assertEquals(List.of("EU"), dayBefore);
        assertEquals(List.of("EU", "NATO"), accession);
        assertEquals(List.of("EU", "NATO"), memberships.getList("data.country.memberships.bloc.code"));
        assertEquals(List.of("1995-01-01", "2023-04-04"), memberships.getList("data.country.memberships.since"));
    }

    @Test
    void theUnitedKingdomWasInTheEuOnTheDayOfTheTwoPlusTwoButIsNotToday() {
        List<String> then = data(COUNTRY_BLOCS, "code", "GB", "day", "2019-09-09").getList("data.country.blocs.code");
        List<String> today = data(COUNTRY_BLOCS, "code", "GB").getList("data.country.blocs.code");
        JsonPath memberships = data(COUNTRY_MEMBERSHIPS, "code", "GB");

        assertEquals(List.of("EU", "G7", "NATO"), then);
        assertEquals(List.of("G7", "NATO"), today);
        assertEquals(List.of("NATO", "EU", "G7"), memberships.getList("data.country.memberships.bloc.code"));
        assertEquals("1973-01-01", memberships.getString("data.country.memberships[1].since"));
        assertEquals("2020-02-01", memberships.getString("data.country.memberships[1].until"));
        assertNull(memberships.get("data.country.memberships[0].until"));
    }

    @Test
    void aCountryInNoBlocHasEmptyLists() {
        JsonPath json = data("""
                query ($code: String!) { country(code: $code) { blocs { code } memberships { since } } }
                """, "code", "AQ");

        assertEquals(List.of(), json.getList("data.country.blocs"));
        assertEquals(List.of(), json.getList("data.country.memberships"));
    }

    @Test
    void theEuImposesThreeSanctionRegimesOnRussiaMostRecentFirst() {
        JsonPath json = data("""
                query ($code: String!) {
                  bloc(code: $code) {
                    sanctionsImposed { name adoptedOn target { alpha2 } issuer { __typename ... on Bloc { code } } }
                  }
                }
                """, "code", "EU");

        assertEquals(List.of(
                "EU restrictive measures in view of Russia's actions destabilising the situation in Ukraine (economic sanctions)",
                "EU restrictive measures in response to the illegal annexation of Crimea and Sevastopol",
                "EU restrictive measures in respect of actions undermining or threatening the territorial integrity, "
                        + "sovereignty and independence of Ukraine"),
                json.getList("data.bloc.sanctionsImposed.name"));
        assertEquals(List.of("2014-07-31", "2014-06-23", "2014-03-17"), json.getList("data.bloc.sanctionsImposed.adoptedOn"));
        assertEquals(List.of("RU", "RU", "RU"), json.getList("data.bloc.sanctionsImposed.target.alpha2"));
        assertEquals(List.of("Bloc", "Bloc", "Bloc"), json.getList("data.bloc.sanctionsImposed.issuer.__typename"));
        assertEquals(List.of("EU", "EU", "EU"), json.getList("data.bloc.sanctionsImposed.issuer.code"));
    }

    @Test
    void natoImposesNoSanctionRegime() {
        JsonPath json = data("""
                query ($code: String!) { bloc(code: $code) { sanctionsImposed { name } } }
                """, "code", "NATO");

        assertEquals(List.of(), json.getList("data.bloc.sanctionsImposed"));
    }

    private static void assertError(JsonPath json, String code, String named) {
        assertEquals(code, json.getString("errors[0].extensions.code"));
        assertThat(json.getString("errors[0].message"), containsString(named));
    }
}
