package io.entente.timeline;

import static io.entente.graphql.GraphQLClient.data;
import static io.entente.graphql.GraphQLClient.query;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** The {@code timeline} root field: meetings, events and sanction steps between countries, oldest first. */
@QuarkusTest
class TimelineGraphQLTest {

    private static final String ECONOMIC =
            "EU restrictive measures in view of Russia's actions destabilising the situation in Ukraine (economic sanctions)";
    private static final String CRIMEA = "EU restrictive measures in response to the illegal annexation of Crimea and Sevastopol";
    private static final String INDIVIDUAL = "EU restrictive measures in respect of actions undermining or threatening"
            + " the territorial integrity, sovereignty and independence of Ukraine";

    private static final String TIMELINE = """
            query($codes: [String!]!, $from: Date, $to: Date, $first: Int) {
              timeline(countryCodes: $codes, from: $from, to: $to, first: $first) {
                __typename
                ... on Meeting { day: startDate title }
                ... on Event { day: occurredOn title }
                ... on SanctionStatusChange { day: changedOn status inForceUntil regime { name } }
              }
            }
            """;

    @Test
    void franceAndRussiaIn2019InDateOrder() {
        JsonPath response = data(TIMELINE, "codes", List.of("FR", "RU"), "from", "2019-01-01", "to", "2019-12-31");

        assertEquals(List.of("SanctionStatusChange", "SanctionStatusChange", "SanctionStatusChange", "Meeting", "Meeting",
                "SanctionStatusChange", "SanctionStatusChange"), response.getList("data.timeline.__typename"));
        assertEquals(List.of("2019-03-14", "2019-06-20", "2019-06-27", "2019-08-19", "2019-09-09", "2019-09-12", "2019-12-19"),
                response.getList("data.timeline.day"));
        assertEquals("Macron hosts Putin at the Fort de Brégançon", response.getString("data.timeline[3].title"));
        assertEquals("French-Russian \"2+2\" talks in Moscow", response.getString("data.timeline[4].title"));
        // The EU issues the regimes, so France takes part in every step as a member state on that day.
        assertEquals(INDIVIDUAL, response.getString("data.timeline[0].regime.name"));
        assertEquals(CRIMEA, response.getString("data.timeline[1].regime.name"));
        assertEquals(ECONOMIC, response.getString("data.timeline[2].regime.name"));
        assertEquals("RENEWED", response.getString("data.timeline[2].status"));
        assertEquals("2020-01-31", response.getString("data.timeline[2].inForceUntil"));
        assertEquals(INDIVIDUAL, response.getString("data.timeline[5].regime.name"));
        assertEquals(ECONOMIC, response.getString("data.timeline[6].regime.name"));
    }

    @Test
    void blocIssuerInvolvesOnlyTheStatesThatWereMembersOnTheDay() {
        // The United Kingdom left the EU on 2020-02-01: the renewals of 2020 involve France but no longer Britain.
        JsonPath britain = data(TIMELINE, "codes", List.of("GB", "RU"), "from", "2019-12-01", "to", "2020-12-31");
        JsonPath france = data(TIMELINE, "codes", List.of("FR", "RU"), "from", "2019-12-01", "to", "2020-12-31");

        assertEquals(List.of("2019-12-19"), britain.getList("data.timeline.day"));
        assertEquals(List.of("2019-12-19", "2020-06-18", "2020-06-29", "2020-09-10", "2020-12-17"),
                france.getList("data.timeline.day"));
    }

    @Test
    void russiaAndUkraineIncludeTheKerchStraitIncidentAndThePrisonerExchange() {
        JsonPath recent = data(TIMELINE, "codes", List.of("rus", "ukr"), "from", "2018-01-01", "to", "2019-12-31");

        assertEquals(List.of("Event", "Event"), recent.getList("data.timeline.__typename"));
        assertEquals(List.of("Kerch Strait incident", "Russia-Ukraine prisoner exchange (35 for 35)"),
                recent.getList("data.timeline.title"));
        assertEquals(List.of("2018-11-25", "2019-09-07"), recent.getList("data.timeline.day"));

        JsonPath all = data(TIMELINE, "codes", List.of("RU", "UA"));
        assertEquals(List.of("Event", "Event", "Event", "Event", "Meeting", "Event", "Event", "Event"),
                all.getList("data.timeline.__typename"));
        assertEquals(List.of("2014-03-16", "2014-03-18", "2014-07-17", "2014-09-05", "2015-02-11", "2015-02-12", "2018-11-25",
                "2019-09-07"), all.getList("data.timeline.day"));
        assertEquals("Normandy-format summit in Minsk", all.getString("data.timeline[4].title"));
    }

    @Test
    void firstLimitsTheEntriesToTheOldest() {
        JsonPath response = data(TIMELINE, "codes", List.of("FR", "RU"), "from", "2019-01-01", "to", "2019-12-31", "first", 2);

        assertEquals(List.of("2019-03-14", "2019-06-20"), response.getList("data.timeline.day"));
        assertEquals(List.of(INDIVIDUAL, CRIMEA), response.getList("data.timeline.regime.name"));
    }

    @Test
    void firstZeroGivesNoEntries() {
        assertEquals(List.of(), data(TIMELINE, "codes", List.of("FR", "RU"), "first", 0).getList("data.timeline"));
    }

    @Test
    void firstOverFiveHundredIsBadUserInput() {
        assertError(query(TIMELINE, "codes", List.of("FR"), "first", 501), "BAD_USER_INPUT", "first", "500");
    }

    @Test
    void emptyCountryCodesIsBadUserInput() {
        assertError(query(TIMELINE, "codes", List.of()), "BAD_USER_INPUT", "countryCodes");
    }

    @Test
    void unknownCountryCodeIsBadUserInput() {
        assertError(query(TIMELINE, "codes", List.of("FR", "XX")), "BAD_USER_INPUT", "XX");
    }

    @Test
    void moreThanTenCountryCodesIsBadUserInput() {
        List<String> eleven = List.of("FR", "RU", "UA", "DE", "BY", "US", "GB", "IT", "ES", "PL", "NL");

        assertError(query(TIMELINE, "codes", eleven), "BAD_USER_INPUT", "countryCodes", "10");
    }

    @Test
    void fromAfterToIsBadUserInput() {
        JsonPath response = query(TIMELINE, "codes", List.of("FR"), "from", "2019-12-31", "to", "2019-01-01");

        assertError(response, "BAD_USER_INPUT", "from", "to", "2019-12-31");
    }

    private static void assertError(JsonPath response, String code, String... mentioned) {
        assertEquals(code, response.getString("errors[0].extensions.code"), () -> "errors: " + response.get("errors"));
        String message = response.getString("errors[0].message");
        for (String word : mentioned) {
            assertThat(message, containsString(word));
        }
    }
}
