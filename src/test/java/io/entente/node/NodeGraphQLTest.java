package io.entente.node;

import static io.entente.graphql.GraphQLClient.data;
import static io.entente.graphql.GraphQLClient.query;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** Relay's node(id:) fetches every kind of object again by the id the API gave out. */
@QuarkusTest
class NodeGraphQLTest {

    private static final String IDS = """
            { country(code: "FR") { id }
              bloc(code: "EU") { id }
              meetings(filter: { countryCodes: ["FR", "RU"], format: TWO_PLUS_TWO }) { edges { node {
                id statements { id } sources { id }
                participants { official { id positions { id } } }
              } } }
              events(filter: { kind: PRISONER_EXCHANGE }) { edges { node { id } } }
              sanctionRegimes(filter: { measure: ASSET_FREEZE }) { edges { node { id designations { id } } } }
            }""";

    @Test
    void everyKindOfIdLeadsBackToItsObject() {
        JsonPath ids = data(IDS);
        String meeting = "data.meetings.edges[0].node";
        Map<String, String> expected = Map.of(
                "Country", ids.getString("data.country.id"),
                "Bloc", ids.getString("data.bloc.id"),
                "Meeting", ids.getString(meeting + ".id"),
                "Statement", ids.getString(meeting + ".statements[0].id"),
                "Source", ids.getString(meeting + ".sources[0].id"),
                "Official", ids.getString(meeting + ".participants[0].official.id"),
                "Position", ids.getString(meeting + ".participants[0].official.positions[0].id"),
                "Event", ids.getString("data.events.edges[0].node.id"),
                "SanctionRegime", ids.getString("data.sanctionRegimes.edges[0].node.id"),
                "Designation", ids.getString("data.sanctionRegimes.edges[0].node.designations[0].id"));
        expected.forEach((type, id) -> {
            JsonPath node = data("query($id: ID!) { node(id: $id) { __typename id } }", "id", id);
            assertEquals(type, node.getString("data.node.__typename"), id);
            assertEquals(id, node.getString("data.node.id"));
        });
    }

    @Test
    void nodeAnswersTheObjectsFields() {
        String id = data("{ country(code: \"RU\") { id } }").getString("data.country.id");
        JsonPath node = data("query($id: ID!) { node(id: $id) { ... on Country { name alpha3 } } }", "id", id);
        assertEquals("Russia", node.getString("data.node.name"));
        assertEquals("RUS", node.getString("data.node.alpha3"));
    }

    @Test
    void aWellFormedIdOfNothingIsNotFound() {
        String id = Base64.getUrlEncoder().withoutPadding().encodeToString("Meeting:987654".getBytes(StandardCharsets.UTF_8));
        JsonPath response = query("query($id: ID!) { node(id: $id) { id } }", "id", id);
        assertNull(response.get("data.node"));
        assertEquals("NOT_FOUND", response.getString("errors[0].extensions.code"));
        assertEquals(id, response.getString("errors[0].message").replaceAll(".* ([^ ]+)\\.$", "$1"));
    }

    @Test
    void malformedIdsAreBadUserInput() {
        for (String id : new String[] { "", "!!", "Q291bnRyeQ", "TW9vbjox", "Q291bnRyeTotMQ", "Q291bnRyeTphYmM" }) {
            JsonPath response = query("query($id: ID!) { node(id: $id) { id } }", "id", id);
            assertEquals("BAD_USER_INPUT", response.getString("errors[0].extensions.code"), id);
            assertNull(response.get("data.node"));
        }
    }
}
