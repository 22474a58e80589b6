package io.entente.statement;

import static io.entente.graphql.GraphQLClient.dataAs;
import static io.entente.graphql.GraphQLClient.query;
import static io.entente.graphql.GraphQLClient.queryAs;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.entente.auth.TestTokens;
import io.entente.db.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** Writing quotes and sources on their own. */
@QuarkusTest
class StatementMutationsTest {

    static final String CREATE_SOURCE = """
            mutation ($input: SourceInput!) { createSource(input: $input) { id url version } }
            """;
    static final String CREATE = """
            mutation ($meetingId: ID, $eventId: ID, $input: StatementInput!) {
              createStatement(meetingId: $meetingId, eventId: $eventId, input: $input) { id text version speaker { fullName } }
            }
            """;
    static final String UPDATE = """
            mutation ($id: ID!, $version: Int!, $input: StatementInput!) {
              updateStatement(id: $id, version: $version, input: $input) { text version source { url } }
            }
            """;

    @AfterEach
    void removeTestRows() {
        new Fixtures().run("delete from statement where text like 'Statement test %';"
                + " delete from source where url like 'https://example.org/entente-statement-test/%'");
    }

    private static String lavrov() {
        return query("{ officials(filter: {nameContains: \"Lavrov\"}) { edges { node { id } } } }")
                .getString("data.officials.edges[0].node.id");
    }

    @Test
    void anInterviewQuoteIsRecordedAndCorrected() {
        JsonPath source = dataAs(TestTokens.editor(), CREATE_SOURCE, "input", Map.of(
                "url", "https://example.org/entente-statement-test/interview", "publisher", "Example", "title", "Interview"));
        assertEquals(1, source.getInt("data.createSource.version"));
        JsonPath created = dataAs(TestTokens.editor(), CREATE, "input", Map.of("speakerId", lavrov(), "text", "Statement test one"));
        String id = created.getString("data.createStatement.id");
        JsonPath updated = dataAs(TestTokens.editor(), UPDATE, "id", id, "version", 1, "input", Map.of("speakerId", lavrov(),
                "text", "Statement test one, corrected", "sourceUrl", "https://example.org/entente-statement-test/interview"));
        assertEquals("https://example.org/entente-statement-test/interview", updated.getString("data.updateStatement.source.url"));
        assertEquals(2, updated.getInt("data.updateStatement.version"));
    }

    @Test
    void aQuoteBelongsToAMeetingOrAnEventNotBoth() {
        String meeting = query("{ meetings(first: 1) { edges { node { id } } } }").getString("data.meetings.edges[0].node.id");
        String event = query("{ events(first: 1) { edges { node { id } } } }").getString("data.events.edges[0].node.id");
        JsonPath answer = queryAs(TestTokens.editor(), CREATE, "meetingId", meeting, "eventId", event, "input",
                Map.of("speakerId", lavrov(), "text", "Statement test both"));
        assertEquals("BAD_USER_INPUT", answer.getString("errors[0].extensions.code"));
        assertEquals("eventId", answer.getString("errors[0].extensions.field"));
    }

    @Test
    void sourcesAreIdentifiedByAWellFormedUrl() {
        JsonPath malformed = queryAs(TestTokens.editor(), CREATE_SOURCE, "input", Map.of("url", "ftp://example.org/x",
                "publisher", "Example", "title", "T"));
        assertEquals("input.url", malformed.getString("errors[0].extensions.field"));
        Map<String, Object> input = Map.of("url", "https://example.org/entente-statement-test/dup", "publisher", "E", "title", "T");
        dataAs(TestTokens.editor(), CREATE_SOURCE, "input", input);
        assertEquals("CONFLICT", queryAs(TestTokens.editor(), CREATE_SOURCE, "input", input).getString("errors[0].extensions.code"));
        JsonPath unknownSource = queryAs(TestTokens.editor(), CREATE, "input", Map.of("speakerId", lavrov(),
                "text", "Statement test sourced", "sourceUrl", "https://example.org/entente-statement-test/none"));
        assertEquals("input.sourceUrl", unknownSource.getString("errors[0].extensions.field"));
    }
}
