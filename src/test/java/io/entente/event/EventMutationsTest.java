package io.entente.event;

import static io.entente.graphql.GraphQLClient.dataAs;
import static io.entente.graphql.GraphQLClient.query;
import static io.entente.graphql.GraphQLClient.queryAs;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.entente.auth.TestTokens;
import io.entente.db.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** Writing events, and quotes said at them. */
@QuarkusTest
class EventMutationsTest {

    static final String CREATE = """
            mutation ($input: EventInput!) {
              createEvent(input: $input) { id title occurredOn kind version countries { alpha2 } sources { url } }
            }
            """;
    static final String UPDATE = """
            mutation ($id: ID!, $version: Int!, $input: EventInput!) {
              updateEvent(id: $id, version: $version, input: $input) { title version countries { alpha2 } sources { url } }
            }
            """;

    @AfterEach
    void removeTestEvents() {
        new Fixtures().run("delete from event where title like 'Event test %';"
                + " delete from source where url like 'https://example.org/entente-event-test/%'");
    }

    static Map<String, Object> event(String title, List<String> countries) {
        return Map.of("title", title, "occurredOn", "2022-07-01", "kind", "AGREEMENT", "countryCodes", countries,
                "sources", List.of(Map.of("url", "https://example.org/entente-event-test/a", "publisher", "Wire", "title", "Deal")));
    }

    @Test
    void anEventIsRecordedUpdatedAndAppearsInTheTimeline() {
        JsonPath created = dataAs(TestTokens.editor(), CREATE, "input", event("Event test accord", List.of("KI", "TUV")));
        assertThat(created.getList("data.createEvent.countries.alpha2"), containsInAnyOrder("KI", "TV"));
        String id = created.getString("data.createEvent.id");

        JsonPath timeline = query("{ timeline(countryCodes: [\"KI\"], from: \"2022-01-01\", to: \"2022-12-31\") {"
                + " __typename ... on Event { title } } }");
        assertEquals(List.of("Event test accord"), timeline.getList("data.timeline.title"));

        JsonPath updated = dataAs(TestTokens.editor(), UPDATE, "id", id, "version", 1, "input",
                Map.of("title", "Event test accord signed", "occurredOn", "2022-07-02", "kind", "AGREEMENT", "countryCodes", List.of("KI")));
        assertEquals(List.of("KI"), updated.getList("data.updateEvent.countries.alpha2"));
        assertEquals(List.of("https://example.org/entente-event-test/a"), updated.getList("data.updateEvent.sources.url"));
        assertEquals(2, updated.getInt("data.updateEvent.version"));
    }

    @Test
    void unknownCountriesAreNamedAndNothingIsWritten() {
        JsonPath answer = queryAs(TestTokens.editor(), CREATE, "input", event("Event test unknown", List.of("KI", "QQ", "KIR1")));
        assertEquals("BAD_USER_INPUT", answer.getString("errors[0].extensions.code"));
        assertEquals("input.countryCodes[1]", answer.getString("errors[0].extensions.field"));
        assertEquals(0, new Fixtures().count("select count(*) from event where title = 'Event test unknown'"));
    }

    @Test
    void quotesAtAnEventGoWithIt() {
        String eventId = dataAs(TestTokens.editor(), CREATE, "input", event("Event test with a quote", List.of("KI")))
                .getString("data.createEvent.id");
        String speaker = query("{ officials(filter: {nameContains: \"Lavrov\"}) { edges { node { id } } } }")
                .getString("data.officials.edges[0].node.id");
        JsonPath quote = dataAs(TestTokens.editor(), """
                mutation ($eventId: ID, $input: StatementInput!) {
                  createStatement(eventId: $eventId, input: $input) { id text event { title } source { url } }
                }
                """, "eventId", eventId, "input", Map.of("speakerId", speaker, "text", "Event test words",
                "sourceUrl", "https://example.org/entente-event-test/a"));
        assertEquals("Event test with a quote", quote.getString("data.createStatement.event.title"));
        assertEquals("https://example.org/entente-event-test/a", quote.getString("data.createStatement.source.url"));

        String delete = "mutation ($id: ID!, $version: Int!) { deleteEvent(id: $id, version: $version) }";
        dataAs(TestTokens.admin(), delete, "id", eventId, "version", 1);
        assertEquals(0, new Fixtures().count("select count(*) from statement where text = 'Event test words'"));
    }

    @Test
    void anEventThatTriggeredASanctionRegimeCannotBeDeleted() {
        JsonPath crimea = query("{ events(filter: {kind: ANNEXATION}) { edges { node { id version } } } }");
        JsonPath refused = queryAs(TestTokens.admin(), "mutation ($id: ID!, $version: Int!) { deleteEvent(id: $id, version: $version) }",
                "id", crimea.getString("data.events.edges[0].node.id"), "version", crimea.getInt("data.events.edges[0].node.version"));
        assertEquals("CONFLICT", refused.getString("errors[0].extensions.code"));
    }
}
