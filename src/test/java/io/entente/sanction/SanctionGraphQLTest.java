package io.entente.sanction;

import static io.entente.graphql.GraphQLClient.data;
import static io.entente.graphql.GraphQLClient.query;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.entente.graphql.GlobalId;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** The EU's three sanction regimes against Russia: issuer, target, measures, history, designations and filters. */
@QuarkusTest
class SanctionGraphQLTest {

    private static final String ECONOMIC =
            "EU restrictive measures in view of Russia's actions destabilising the situation in Ukraine (economic sanctions)";
    private static final String CRIMEA = "EU restrictive measures in response to the illegal annexation of Crimea and Sevastopol";
    private static final String INDIVIDUAL = "EU restrictive measures in respect of actions undermining or threatening"
            + " the territorial integrity, sovereignty and independence of Ukraine";

    private static final String REGIMES = """
            query($filter: SanctionRegimeFilter, $orderBy: SanctionRegimeOrder) {
              sanctionRegimes(filter: $filter, orderBy: $orderBy) {
                totalCount
                edges { node { id name adoptedOn } }
              }
            }
            """;

    private static final String REGIME_DETAILS = """
            query($filter: SanctionRegimeFilter) {
              sanctionRegimes(filter: $filter) {
                totalCount
                edges {
                  node {
                    id name adoptedOn legalBasis liftingConditions status inForce
                    issuer { __typename ... on Bloc { code name } ... on Country { alpha2 } }
                    target { alpha2 name }
                    measures { measure description }
                    history { status changedOn inForceUntil regime { name } }
                    triggeringEvents { title occurredOn }
                    sources { url }
                    designations { listedOn delistedOn official { fullName } regime { name } }
                  }
                }
              }
            }
            """;

    private static final String REGIME_BY_ID = """
            query($id: ID!) {
              sanctionRegime(id: $id) { id name adoptedOn target { alpha2 } }
            }
            """;

    @Test
    void economicSanctionsAreIssuedByTheEuAgainstRussiaUntilMinskIsImplemented() {
        JsonPath response = data(REGIME_DETAILS, "filter", Map.of("measure", "SECTORAL"));

        assertEquals(1, response.getInt("data.sanctionRegimes.totalCount"));
        String regime = "data.sanctionRegimes.edges[0].node";
        assertEquals(ECONOMIC, response.getString(regime + ".name"));
        assertEquals("2014-07-31", response.getString(regime + ".adoptedOn"));
        assertEquals("Bloc", response.getString(regime + ".issuer.__typename"));
        assertEquals("EU", response.getString(regime + ".issuer.code"));
        assertEquals("European Union", response.getString(regime + ".issuer.name"));
        assertEquals("RU", response.getString(regime + ".target.alpha2"));
        assertEquals("Russia", response.getString(regime + ".target.name"));
        assertThat(response.getString(regime + ".legalBasis"), containsString("Council Regulation (EU) No 833/2014"));
        assertThat(response.getString(regime + ".liftingConditions"), containsString("Minsk agreements"));
        assertThat(response.<String>getList(regime + ".measures.measure"),
                containsInAnyOrder("FINANCIAL", "ARMS_EMBARGO", "EXPORT_CONTROL", "SECTORAL"));
        assertEquals("RENEWED", response.getString(regime + ".status"));
        assertTrue(response.getBoolean(regime + ".inForce"));
    }

    @Test
    void economicSanctionsHistoryStartsWithAdoptionAndHoldsTheJune2019Renewal() {
        JsonPath response = data(REGIME_DETAILS, "filter", Map.of("measure", "SECTORAL"));

        List<Map<String, Object>> history = response.getList("data.sanctionRegimes.edges[0].node.history");
        assertEquals("ADOPTED", history.get(0).get("status"));
        assertEquals("2014-07-31", history.get(0).get("changedOn"));
        assertEquals("2015-07-31", history.get(0).get("inForceUntil"));
        assertThat(response.<String>getList("data.sanctionRegimes.edges[0].node.history.changedOn"), hasItem("2019-06-27"));
        Map<String, Object> june2019 = history.stream().filter(step -> "2019-06-27".equals(step.get("changedOn")))
                .findFirst().orElseThrow();
        assertEquals("RENEWED", june2019.get("status"));
        assertEquals("2020-01-31", june2019.get("inForceUntil"));
        List<String> days = response.getList("data.sanctionRegimes.edges[0].node.history.changedOn");
        assertEquals(days.stream().sorted().toList(), days, "history is oldest first");
        for (Map<String, Object> step : history) {
            assertEquals(Map.of("name", ECONOMIC), step.get("regime"));
        }
    }

    @Test
    void economicSanctionsWereTriggeredByMh17AndRestOnRegulation833() {
        JsonPath response = data(REGIME_DETAILS, "filter", Map.of("measure", "SECTORAL"));

        String regime = "data.sanctionRegimes.edges[0].node";
        assertThat(response.<String>getList(regime + ".triggeringEvents.title"), hasItem("MH17 shot down over eastern Ukraine"));
        assertThat(response.<String>getList(regime + ".triggeringEvents.occurredOn"), hasItem("2014-07-17"));
        assertThat(response.<String>getList(regime + ".sources.url"), hasItem("https://eur-lex.europa.eu/eli/reg/2014/833/oj"));
        assertEquals(List.of(), response.getList(regime + ".designations"));
    }

    @Test
    void individualMeasuresListPutinLavrovAndShoigu() {
        JsonPath response = data(REGIME_DETAILS, "filter", Map.of("measure", "ASSET_FREEZE"));

        assertEquals(1, response.getInt("data.sanctionRegimes.totalCount"));
        String regime = "data.sanctionRegimes.edges[0].node";
        assertEquals(INDIVIDUAL, response.getString(regime + ".name"));
        assertEquals("2014-03-17", response.getString(regime + ".adoptedOn"));
        assertThat(response.<String>getList(regime + ".measures.measure"), containsInAnyOrder("ASSET_FREEZE", "TRAVEL_BAN"));

        List<Map<String, Object>> designations = response.getList(regime + ".designations");
        Map<String, Object> listedOn = new HashMap<>();
        for (Map<String, Object> designation : designations) {
            listedOn.put(((Map<?, ?>) designation.get("official")).get("fullName").toString(), designation.get("listedOn"));
            assertNull(designation.get("delistedOn"));
            assertEquals(Map.of("name", INDIVIDUAL), designation.get("regime"));
        }
        assertEquals(Map.of("Vladimir Putin", "2022-02-25", "Sergey Lavrov", "2022-02-25", "Sergei Shoigu", "2022-02-23"), listedOn);
        // In order of listing: Shoigu was listed two days before the others.
        assertEquals("Sergei Shoigu", response.getString(regime + ".designations[0].official.fullName"));
    }

    @Test
    void officialDesignationsLeadBackToTheRegime() {
        JsonPath response = data("""
                {
                  officials(filter: { nameContains: "Lavrov" }) {
                    edges { node { fullName designations { listedOn official { fullName } regime { name adoptedOn } } } }
                  }
                }
                """);

        String lavrov = "data.officials.edges[0].node";
        assertEquals("Sergey Lavrov", response.getString(lavrov + ".fullName"));
        assertEquals(List.of("2022-02-25"), response.getList(lavrov + ".designations.listedOn"));
        assertEquals(List.of("Sergey Lavrov"), response.getList(lavrov + ".designations.official.fullName"));
        assertEquals(List.of(INDIVIDUAL), response.getList(lavrov + ".designations.regime.name"));
        assertEquals(List.of("2014-03-17"), response.getList(lavrov + ".designations.regime.adoptedOn"));
    }

    @Test
    void issuerCodeFilterAcceptsTheBlocCodeInAnyCase() {
        assertEquals(List.of(ECONOMIC, CRIMEA, INDIVIDUAL), names(data(REGIMES, "filter", Map.of("issuerCode", "EU"))));
        assertEquals(List.of(ECONOMIC, CRIMEA, INDIVIDUAL), names(data(REGIMES, "filter", Map.of("issuerCode", "eu"))));
        assertEquals(List.of(), names(data(REGIMES, "filter", Map.of("issuerCode", "FR"))));
    }

    @Test
    void unknownIssuerCodeIsBadUserInput() {
        JsonPath response = query(REGIMES, "filter", Map.of("issuerCode", "XYZ"));

        assertError(response, "BAD_USER_INPUT", "XYZ");
    }

    @Test
    void targetCodeFilterKeepsRegimesAgainstThatCountry() {
        assertEquals(List.of(ECONOMIC, CRIMEA, INDIVIDUAL), names(data(REGIMES, "filter", Map.of("targetCode", "rus"))));
        assertEquals(List.of(), names(data(REGIMES, "filter", Map.of("targetCode", "UA"))));
    }

    @Test
    void unknownTargetCodeIsBadUserInput() {
        assertError(query(REGIMES, "filter", Map.of("targetCode", "QQ")), "BAD_USER_INPUT", "QQ");
    }

    @Test
    void statusFilterKeepsRegimesWhoseLatestStepIsThatStatus() {
        assertEquals(List.of(ECONOMIC, CRIMEA, INDIVIDUAL), names(data(REGIMES, "filter", Map.of("status", "RENEWED"))));
        assertEquals(List.of(), names(data(REGIMES, "filter", Map.of("status", "LIFTED"))));
    }

    @Test
    void activeOnFilterKeepsRegimesInForceThatDay() {
        assertEquals(List.of(), names(data(REGIMES, "filter", Map.of("activeOn", "2014-03-16"))));
        assertEquals(List.of(INDIVIDUAL), names(data(REGIMES, "filter", Map.of("activeOn", "2014-03-17"))));
        assertEquals(List.of(INDIVIDUAL), names(data(REGIMES, "filter", Map.of("activeOn", "2014-05-01"))));
        assertEquals(List.of(CRIMEA, INDIVIDUAL), names(data(REGIMES, "filter", Map.of("activeOn", "2014-07-01"))));
        assertEquals(List.of(ECONOMIC, CRIMEA, INDIVIDUAL), names(data(REGIMES, "filter", Map.of("activeOn", "2014-07-31"))));
    }

    @Test
    void measureFilterKeepsRegimesImposingThatMeasure() {
        assertEquals(List.of(ECONOMIC, CRIMEA), names(data(REGIMES, "filter", Map.of("measure", "EXPORT_CONTROL"))));
        assertEquals(List.of(CRIMEA), names(data(REGIMES, "filter", Map.of("measure", "IMPORT_BAN"))));
        assertEquals(List.of(INDIVIDUAL), names(data(REGIMES, "filter", Map.of("measure", "TRAVEL_BAN"))));
    }

    @Test
    void regimesAreMostRecentlyAdoptedFirstUnlessAskedOtherwise() {
        assertEquals(List.of("2014-07-31", "2014-06-23", "2014-03-17"),
                data(REGIMES, "filter", Map.of("targetCode", "RU")).getList("data.sanctionRegimes.edges.node.adoptedOn"));
        assertEquals(List.of("2014-03-17", "2014-06-23", "2014-07-31"),
                data(REGIMES, "filter", Map.of("targetCode", "RU"), "orderBy", "ADOPTED_ON_ASC")
                        .getList("data.sanctionRegimes.edges.node.adoptedOn"));
    }

    @Test
    void russiaReceivesThreeRegimesAndFranceImposesNone() {
        JsonPath response = data("""
                {
                  russia: country(code: "RU") { sanctionsReceived { name } sanctionsImposed { name } }
                  france: country(code: "FRA") { sanctionsReceived { name } sanctionsImposed { name } }
                  eu: bloc(code: "EU") { sanctionsImposed { name } }
                }
                """);

        assertEquals(List.of(ECONOMIC, CRIMEA, INDIVIDUAL), response.getList("data.russia.sanctionsReceived.name"));
        assertEquals(List.of(), response.getList("data.russia.sanctionsImposed"));
        // France takes part through the EU, which issues the regimes.
        assertEquals(List.of(), response.getList("data.france.sanctionsImposed"));
        assertEquals(List.of(), response.getList("data.france.sanctionsReceived"));
        assertEquals(List.of(ECONOMIC, CRIMEA, INDIVIDUAL), response.getList("data.eu.sanctionsImposed.name"));
    }

    @Test
    void sanctionRegimeByIdReturnsTheRegimeTheListGave() {
        String id = data(REGIMES, "filter", Map.of("measure", "SECTORAL")).getString("data.sanctionRegimes.edges[0].node.id");

        JsonPath response = data(REGIME_BY_ID, "id", id);

        assertEquals(id, response.getString("data.sanctionRegime.id"));
        assertEquals(ECONOMIC, response.getString("data.sanctionRegime.name"));
        assertEquals("2014-07-31", response.getString("data.sanctionRegime.adoptedOn"));
        assertEquals("RU", response.getString("data.sanctionRegime.target.alpha2"));
    }

    @Test
    void sanctionRegimeByIdOfAnEventIsBadUserInput() {
        String event = data("""
                { events(filter: { kind: PRISONER_EXCHANGE, countryCodes: ["RU", "UA"] }) { edges { node { id } } } }
                """).getString("data.events.edges[0].node.id");

        JsonPath response = query(REGIME_BY_ID, "id", event);

        assertError(response, "BAD_USER_INPUT", event, "SanctionRegime");
        assertNull(response.get("data.sanctionRegime"));
    }

    @Test
    void sanctionRegimeByUnknownIdIsNotFound() {
        String unknown = GlobalId.of("SanctionRegime", 999_999_999L);

        JsonPath response = query(REGIME_BY_ID, "id", unknown);

        assertError(response, "NOT_FOUND", unknown);
        assertNull(response.get("data.sanctionRegime"));
    }

    private static List<Object> names(JsonPath response) {
        return response.getList("data.sanctionRegimes.edges.node.name");
    }

    private static void assertError(JsonPath response, String code, String... mentioned) {
        assertEquals(code, response.getString("errors[0].extensions.code"), () -> "errors: " + response.get("errors"));
        String message = response.getString("errors[0].message");
        for (String word : mentioned) {
            assertThat(message, containsString(word));
        }
    }
}
