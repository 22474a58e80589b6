package io.entente.event;

import static io.entente.graphql.GraphQLClient.data;
import static io.entente.graphql.GraphQLClient.query;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.entente.graphql.GlobalId;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** Events around the seed article (Crimea, MH17, Minsk, Kerch Strait, the 2019 prisoner exchange) and their links. */
@QuarkusTest
class EventGraphQLTest {

    private static final String EXCHANGE = "Russia-Ukraine prisoner exchange (35 for 35)";
    private static final String KERCH = "Kerch Strait incident";
    private static final String REFERENDUM = "Crimean status referendum";
    private static final String ANNEXATION = "Annexation of Crimea: accession treaty signed in Moscow";
    private static final String MH17 = "MH17 shot down over eastern Ukraine";
    private static final String MINSK_PROTOCOL = "Minsk Protocol signed";
    private static final String MINSK_II = "Minsk II: Package of Measures for the Implementation of the Minsk Agreements";
    private static final String ELECTION = "Volodymyr Zelensky elected President of Ukraine";
    private static final String INAUGURATION = "Inauguration of Volodymyr Zelensky as President of Ukraine";
    private static final String ECONOMIC_SANCTIONS =
            "EU restrictive measures in view of Russia's actions destabilising the situation in Ukraine (economic sanctions)";
    private static final String CRIMEA_SANCTIONS = "EU restrictive measures in response to the illegal annexation of Crimea and Sevastopol";
    private static final String INDIVIDUAL_SANCTIONS = "EU restrictive measures in respect of actions undermining or threatening"
            + " the territorial integrity, sovereignty and independence of Ukraine";
    private static final String ARTICLE =
            "https://www.sott.net/article/420094-A-new-agenda-of-trust-and-security-France-advocates-better-relations-with-Russia";

    private static final String EVENTS = """
            query($filter: EventFilter, $orderBy: EventOrder, $first: Int, $after: String) {
              events(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {
                totalCount
                edges { node { id title occurredOn kind } }
                pageInfo { hasNextPage hasPreviousPage endCursor }
              }
            }
            """;

    private static final String EVENT_DETAILS = """
            query($filter: EventFilter) {
              events(filter: $filter) {
                totalCount
                edges {
                  node {
                    id title occurredOn kind description
                    countries { alpha2 name }
                    sources { url publisher }
                    statements { text }
                    triggeredSanctions { name }
                  }
                }
              }
            }
            """;

    private static final String EVENT_BY_ID = """
            query($id: ID!) {
              event(id: $id) { id title occurredOn kind }
            }
            """;

    @Test
    void prisonerExchangeOfSeptember2019ReturnedTheKerchSailors() {
        JsonPath response = data(EVENT_DETAILS,
                "filter", Map.of("countryCodes", List.of("RU", "UA"), "kind", "PRISONER_EXCHANGE"));

        assertEquals(1, response.getInt("data.events.totalCount"));
        String event = "data.events.edges[0].node";
        assertEquals(EXCHANGE, response.getString(event + ".title"));
        assertEquals("2019-09-07", response.getString(event + ".occurredOn"));
        assertEquals("PRISONER_EXCHANGE", response.getString(event + ".kind"));
        assertThat(response.getString(event + ".description"), containsString("24 sailors"));
        assertThat(response.getString(event + ".description"), containsString("Kerch Strait incident"));
        assertEquals(List.of("RU", "UA"), response.getList(event + ".countries.alpha2"));
        assertEquals(List.of("Russia", "Ukraine"), response.getList(event + ".countries.name"));
        assertEquals(List.of(ARTICLE), response.getList(event + ".sources.url"));
        assertEquals(List.of("Sott.net"), response.getList(event + ".sources.publisher"));
    }

    @Test
    void kerchStraitIncidentOfNovember2018() {
        JsonPath response = data(EVENT_DETAILS,
                "filter", Map.of("countryCodes", List.of("UA"), "kind", "INCIDENT", "from", "2018-11-25", "to", "2018-11-25"));

        assertEquals(1, response.getInt("data.events.totalCount"));
        String event = "data.events.edges[0].node";
        assertEquals(KERCH, response.getString(event + ".title"));
        assertEquals("2018-11-25", response.getString(event + ".occurredOn"));
        assertThat(response.getString(event + ".description"), containsString("24 sailors"));
        assertEquals(List.of("RU", "UA"), response.getList(event + ".countries.alpha2"));
        assertEquals(List.of(ARTICLE), response.getList(event + ".sources.url"));
        // The article quotes nobody about the incident itself.
        assertEquals(List.of(), response.getList(event + ".statements"));
        assertEquals(List.of(), response.getList(event + ".triggeredSanctions"));
    }

    @Test
    void crimeaReferendumPrecededTheAnnexationInMarch2014() {
        JsonPath response = data(EVENT_DETAILS,
                "filter", Map.of("countryCodes", List.of("UA"), "from", "2014-03-01", "to", "2014-03-31"));

        assertEquals(List.of(ANNEXATION, REFERENDUM), response.getList("data.events.edges.node.title"));
        assertEquals(List.of("2014-03-18", "2014-03-16"), response.getList("data.events.edges.node.occurredOn"));
        assertEquals(List.of("ANNEXATION", "REFERENDUM"), response.getList("data.events.edges.node.kind"));
        assertEquals(List.of("RU", "UA"), response.getList("data.events.edges[0].node.countries.alpha2"));
        assertEquals(List.of("RU", "UA"), response.getList("data.events.edges[1].node.countries.alpha2"));
    }

    @Test
    void minskAgreementsAreTheProtocolAndMinskII() {
        JsonPath response = data(EVENT_DETAILS,
                "filter", Map.of("countryCodes", List.of("RU", "UA"), "kind", "AGREEMENT"));

        assertEquals(List.of(MINSK_II, MINSK_PROTOCOL), response.getList("data.events.edges.node.title"));
        assertEquals(List.of("2015-02-12", "2014-09-05"), response.getList("data.events.edges.node.occurredOn"));
        assertEquals(List.of("France", "Germany", "Russia", "Ukraine"),
                response.getList("data.events.edges[0].node.countries.name"));
        assertEquals(List.of("Russia", "Ukraine"), response.getList("data.events.edges[1].node.countries.name"));
    }

    @Test
    void kindFilterKeepsEventsOfThatKind() {
        Map<String, Object> incidents = Map.of("countryCodes", List.of("RU", "UA"), "kind", "INCIDENT");

        assertEquals(List.of(KERCH, MH17), titles(data(EVENTS, "filter", incidents)));
        assertEquals(List.of(REFERENDUM), titles(data(EVENTS,
                "filter", Map.of("countryCodes", List.of("RU", "UA"), "kind", "REFERENDUM"))));
    }

    @Test
    void countryCodesFilterKeepsEventsInvolvingAllTheCountries() {
        assertEquals(List.of(MH17), titles(data(EVENTS, "filter", Map.of("countryCodes", List.of("NL", "ru")))));
        assertEquals(List.of(MINSK_II), titles(data(EVENTS, "filter", Map.of("countryCodes", List.of("fra")))));
        assertEquals(List.of(EXCHANGE, KERCH, MINSK_II, MINSK_PROTOCOL, MH17, ANNEXATION, REFERENDUM),
                titles(data(EVENTS, "filter", Map.of("countryCodes", List.of("RUS", "UKR")))));
    }

    @Test
    void fromAndToFilterIsInclusive() {
        assertEquals(List.of(ANNEXATION, REFERENDUM), titles(data(EVENTS,
                "filter", Map.of("countryCodes", List.of("UA"), "from", "2014-03-16", "to", "2014-03-18"))));
        assertEquals(List.of(ANNEXATION), titles(data(EVENTS,
                "filter", Map.of("countryCodes", List.of("UA"), "from", "2014-03-17", "to", "2014-03-18"))));
    }

    @Test
    void eventsAreNewestFirstUnlessDateAscIsAsked() {
        Map<String, Object> ukraine2019 = Map.of("countryCodes", List.of("UA"), "from", "2019-01-01", "to", "2019-12-31");

        assertEquals(List.of(EXCHANGE, INAUGURATION, ELECTION), titles(data(EVENTS, "filter", ukraine2019)));
        assertEquals(List.of(ELECTION, INAUGURATION, EXCHANGE),
                titles(data(EVENTS, "filter", ukraine2019, "orderBy", "DATE_ASC")));
    }

    @Test
    void fromAfterToIsBadUserInput() {
        JsonPath response = query(EVENTS, "filter", Map.of("from", "2020-01-01", "to", "2019-01-01"));

        assertError(response, "BAD_USER_INPUT", "from", "to", "2020-01-01");
    }

    @Test
    void unknownCountryCodeIsBadUserInput() {
        JsonPath response = query(EVENTS, "filter", Map.of("countryCodes", List.of("UA", "QQ")));

        assertError(response, "BAD_USER_INPUT", "QQ");
    }

    @Test
    void mh17TriggeredTheEconomicSanctions() {
        JsonPath response = data(EVENT_DETAILS, "filter", Map.of("countryCodes", List.of("NL", "RU"), "kind", "INCIDENT"));

        assertEquals(MH17, response.getString("data.events.edges[0].node.title"));
        assertEquals("2014-07-17", response.getString("data.events.edges[0].node.occurredOn"));
        assertEquals(List.of("MY", "NL", "RU", "UA"), response.getList("data.events.edges[0].node.countries.alpha2"));
        assertEquals(List.of(ECONOMIC_SANCTIONS), response.getList("data.events.edges[0].node.triggeredSanctions.name"));
    }

    @Test
    void annexationTriggeredAllThreeEuRegimes() {
        JsonPath response = data(EVENT_DETAILS, "filter", Map.of("countryCodes", List.of("UA"), "kind", "ANNEXATION"));

        assertEquals(List.of(ANNEXATION), titles(response));
        assertThat(response.<String>getList("data.events.edges[0].node.triggeredSanctions.name"),
                containsInAnyOrder(ECONOMIC_SANCTIONS, CRIMEA_SANCTIONS, INDIVIDUAL_SANCTIONS));
    }

    @Test
    void countryEventsArePagedNewestFirst() {
        JsonPath response = data("""
                query($code: String!, $first: Int) {
                  country(code: $code) {
                    events(first: $first) {
                      totalCount
                      edges { node { title occurredOn } }
                      pageInfo { hasNextPage hasPreviousPage }
                    }
                  }
                }
                """, "code", "UA", "first", 2);

        assertEquals(List.of(EXCHANGE, INAUGURATION), response.getList("data.country.events.edges.node.title"));
        assertEquals(List.of("2019-09-07", "2019-05-20"), response.getList("data.country.events.edges.node.occurredOn"));
        assertEquals(9, response.getInt("data.country.events.totalCount"));
        assertTrue(response.getBoolean("data.country.events.pageInfo.hasNextPage"));
        assertFalse(response.getBoolean("data.country.events.pageInfo.hasPreviousPage"));
    }

    @Test
    void eventByIdReturnsTheEventTheListGave() {
        String id = data(EVENTS, "filter", Map.of("countryCodes", List.of("RU", "UA"), "kind", "PRISONER_EXCHANGE"))
                .getString("data.events.edges[0].node.id");

        JsonPath response = data(EVENT_BY_ID, "id", id);

        assertEquals(id, response.getString("data.event.id"));
        assertEquals(EXCHANGE, response.getString("data.event.title"));
        assertEquals("2019-09-07", response.getString("data.event.occurredOn"));
        assertEquals("PRISONER_EXCHANGE", response.getString("data.event.kind"));
    }

    @Test
    void eventByIdOfAMeetingIsBadUserInput() {
        String meeting = data("""
                { meetings(filter: { countryCodes: ["FR", "RU"], format: TWO_PLUS_TWO }) { edges { node { id } } } }
                """).getString("data.meetings.edges[0].node.id");

        JsonPath response = query(EVENT_BY_ID, "id", meeting);

        assertError(response, "BAD_USER_INPUT", meeting, "Event");
        assertNull(response.get("data.event"));
    }

    @Test
    void eventByUnknownIdIsNotFound() {
        String unknown = GlobalId.of("Event", 999_999_999L);

        JsonPath response = query(EVENT_BY_ID, "id", unknown);

        assertError(response, "NOT_FOUND", unknown);
        assertNull(response.get("data.event"));
    }

    @Test
    void eventByMalformedIdIsBadUserInput() {
        assertError(query(EVENT_BY_ID, "id", "@@@"), "BAD_USER_INPUT", "@@@");
    }

    private static List<Object> titles(JsonPath response) {
        return response.getList("data.events.edges.node.title");
    }

    private static void assertError(JsonPath response, String code, String... mentioned) {
        assertEquals(code, response.getString("errors[0].extensions.code"), () -> "errors: " + response.get("errors"));
        String message = response.getString("errors[0].message");
        for (String word : mentioned) {
            assertThat(message, containsString(word));
        }
    }
}
