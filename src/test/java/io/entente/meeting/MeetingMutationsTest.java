package io.entente.meeting;

import static io.entente.graphql.GraphQLClient.data;
import static io.entente.graphql.GraphQLClient.dataAs;
import static io.entente.graphql.GraphQLClient.query;
import static io.entente.graphql.GraphQLClient.queryAs;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.entente.auth.TestTokens;
import io.entente.db.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** Writing a meeting with its participants, quotes and sources in one call, all or nothing. */
@QuarkusTest
class MeetingMutationsTest {

    static final String CREATE = """
            mutation ($input: MeetingInput!) {
              createMeeting(input: $input) {
                id title startDate city format version createdBy
                hostCountry { alpha2 }
                countries { alpha2 }
                participants { role official { fullName } delegationCountry { alpha2 } }
                statements { text speaker { fullName } source { url } }
                sources { id url publisher }
              }
            }
            """;
    static final String UPDATE = """
            mutation ($id: ID!, $version: Int!, $input: MeetingInput!) {
              updateMeeting(id: $id, version: $version, input: $input) {
                title version countries { alpha2 } participants { official { fullName } } statements { text }
              }
            }
            """;
    static final String BY_TITLE = """
            query ($text: String!) { search(text: $text) { __typename ... on Meeting { title } } }
            """;

    private final List<String> officials = new ArrayList<>();

    @BeforeEach
    void createOfficials() {
        for (String[] person : new String[][] { { "Mutant Host", "KI" }, { "Mutant Guest", "PW" }, { "Mutant Aide", "PW" } }) {
            officials.add(dataAs(TestTokens.editor(), "mutation ($input: OfficialInput!) { createOfficial(input: $input) { id } }",
                    "input", Map.of("fullName", person[0], "countryCode", person[1])).getString("data.createOfficial.id"));
        }
    }

    @AfterEach
    void removeTestRows() {
        new Fixtures().run("delete from meeting where title like 'Mutation test %';"
                + " delete from source where url like 'https://example.org/entente-test/%';"
                + " delete from official where full_name like 'Mutant %'");
    }

    private Map<String, Object> meeting(String title) {
        Map<String, Object> input = new HashMap<>();
        input.put("title", title);
        input.put("startDate", "2021-03-04");
        input.put("endDate", "2021-03-05");
        input.put("city", "Tarawa");
        input.put("hostCountryCode", "KI");
        input.put("format", "BILATERAL");
        input.put("countryCodes", List.of("KI", "PLW"));
        input.put("participants", List.of(
                Map.of("officialId", officials.get(0), "role", "HOST"),
                Map.of("officialId", officials.get(1), "role", "GUEST"),
                Map.of("officialId", officials.get(2), "role", "DELEGATE", "delegationCountryCode", "MH")));
        input.put("sources", List.of(Map.of("url", "https://example.org/entente-test/report", "publisher", "Example Wire",
                "title", "Leaders meet", "publishedOn", "2021-03-05")));
        input.put("statements", List.of(Map.of("speakerId", officials.get(1), "text", "We agreed on fisheries.",
                "saidOn", "2021-03-05", "sourceUrl", "https://example.org/entente-test/report")));
        return input;
    }

    @Test
    void aMeetingIsRecordedWithEverythingInOneCall() {
        JsonPath created = dataAs(TestTokens.editor("clerk"), CREATE, "input", meeting("Mutation test summit"));
        String path = "data.createMeeting.";
        assertEquals("KI", created.getString(path + "hostCountry.alpha2"));
        // the third participant's delegation (MH) became a party
        assertThat(created.getList(path + "countries.alpha2"), containsInAnyOrder("KI", "PW", "MH"));
        assertThat(created.getList(path + "participants.official.fullName"),
                containsInAnyOrder("Mutant Host", "Mutant Guest", "Mutant Aide"));
        assertEquals("We agreed on fisheries.", created.getString(path + "statements[0].text"));
        assertEquals("Mutant Guest", created.getString(path + "statements[0].speaker.fullName"));
        assertEquals("https://example.org/entente-test/report", created.getString(path + "statements[0].source.url"));
        assertEquals("Example Wire", created.getString(path + "sources[0].publisher"));
        assertEquals("clerk", created.getString(path + "createdBy"));

        JsonPath found = data("{ meetings(filter: {countryCodes: [\"KI\", \"MH\"]}) { edges { node { title } } } }");
        assertEquals(List.of("Mutation test summit"), found.getList("data.meetings.edges.node.title"));
    }

    @Test
    void oneUnknownParticipantCreatesNothing() {
        Map<String, Object> input = meeting("Mutation test with a ghost");
        List<Map<String, Object>> participants = new ArrayList<>(participantsOf(input));
        String ghost = officials.get(0).substring(0, officials.get(0).length() - 1)
                + (officials.get(0).endsWith("A") ? "B" : "A");
        participants.add(Map.of("officialId", ghost, "role", "OBSERVER"));
        input.put("participants", participants);
        JsonPath answer = queryAs(TestTokens.editor(), CREATE, "input", input);
        assertEquals("BAD_USER_INPUT", answer.getString("errors[0].extensions.code"));
        assertEquals("input.participants[3].officialId", answer.getString("errors[0].extensions.field"));
        assertEquals(0, query(BY_TITLE, "text", "Mutation test with a ghost").getList("data.search").size());
        assertEquals(0, query("{ source: search(text: \"Leaders meet\") { __typename } }").getList("data.source").size());
    }

    @Test
    void aFailureAfterTheFirstRowsWereWrittenRollsEverythingBack() {
        // The quote's source is checked after the meeting, its parties, participants and sources were inserted.
        Map<String, Object> input = meeting("Mutation test rolled back");
        input.put("statements", List.of(Map.of("speakerId", officials.get(1), "text", "Never said.",
                "sourceUrl", "https://example.org/entente-test/unknown")));
        JsonPath answer = queryAs(TestTokens.editor(), CREATE, "input", input);
        assertEquals("input.statements[0].sourceUrl", answer.getString("errors[0].extensions.field"));
        assertEquals(0, query(BY_TITLE, "text", "Mutation test rolled back").getList("data.search").size());
        JsonPath official = query("query ($id: ID!) { official(id: $id) { meetings { totalCount } } }", "id", officials.get(1));
        assertEquals(0, official.getInt("data.official.meetings.totalCount"));
        assertEquals(0, new Fixtures().count("select count(*) from source where url like 'https://example.org/entente-test/%'"));
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> participantsOf(Map<String, Object> input) {
        return (List<Map<String, Object>>) input.get("participants");
    }

    @Test
    void everyRuleIsCheckedAndNamedByPath() {
        Map<String, Object> input = meeting("Mutation test broken");
        input.put("endDate", "2021-03-01");
        input.put("hostCountryCode", "ZZ");
        List<Map<String, Object>> participants = new ArrayList<>(participantsOf(input));
        participants.add(Map.of("officialId", officials.get(1), "role", "DELEGATE"));
        input.put("participants", participants);
        input.put("sources", List.of(Map.of("url", "not a url", "publisher", "P", "title", "T")));
        JsonPath answer = queryAs(TestTokens.editor(), CREATE, "input", input);
        String message = answer.getString("errors[0].message");
        assertThat(message, containsString("input.endDate: must be on or after startDate"));
        assertThat(message, containsString("input.hostCountryCode: no country has the code ZZ"));
        assertThat(message, containsString("input.participants[3].officialId: the same official is already participants[1]"));
        assertThat(message, containsString("input.sources[0].url: must be an absolute http or https URL"));
        assertEquals(0, query(BY_TITLE, "text", "Mutation test broken").getList("data.search").size());
    }

    @Test
    void boundsOnTextAreEnforced() {
        Map<String, Object> input = meeting("Mutation test long");
        input.put("summary", "x".repeat(10001));
        JsonPath answer = queryAs(TestTokens.editor(), CREATE, "input", input);
        assertEquals("BAD_USER_INPUT", answer.getString("errors[0].extensions.code"));
        assertEquals("input.summary", answer.getString("errors[0].extensions.field"));
    }

    @Test
    void anUpdateReplacesTheListsItIsGiven() {
        JsonPath created = dataAs(TestTokens.editor(), CREATE, "input", meeting("Mutation test original"));
        String id = created.getString("data.createMeeting.id");
        Map<String, Object> input = meeting("Mutation test renamed");
        input.put("countryCodes", List.of("KI"));
        input.put("participants", List.of(Map.of("officialId", officials.get(0), "role", "HOST")));
        input.put("statements", null);
        input.put("sources", null);
        JsonPath updated = dataAs(TestTokens.editor(), UPDATE, "id", id, "version", 1, "input", input);
        assertEquals("Mutation test renamed", updated.getString("data.updateMeeting.title"));
        assertEquals(2, updated.getInt("data.updateMeeting.version"));
        assertEquals(List.of("KI"), updated.getList("data.updateMeeting.countries.alpha2"));
        assertEquals(List.of("Mutant Host"), updated.getList("data.updateMeeting.participants.official.fullName"));
        assertEquals(List.of("We agreed on fisheries."), updated.getList("data.updateMeeting.statements.text"));

        JsonPath stale = queryAs(TestTokens.editor(), UPDATE, "id", id, "version", 1, "input", meeting("Mutation test lost"));
        assertEquals("CONFLICT", stale.getString("errors[0].extensions.code"));
        assertEquals(1, query(BY_TITLE, "text", "Mutation test renamed").getList("data.search").size());
    }

    @Test
    void anOfficialsMeetingsFollowAMeetingsNewDate() {
        String first = dataAs(TestTokens.editor(), CREATE, "input", meeting("Mutation test first")).getString("data.createMeeting.id");
        Map<String, Object> later = meeting("Mutation test second");
        later.put("startDate", "2022-06-01");
        later.put("endDate", null);
        String second = dataAs(TestTokens.editor(), CREATE, "input", later).getString("data.createMeeting.id");
        String meetingsOfHost = """
                query ($id: ID!, $order: MeetingOrder!) { official(id: $id) {
                  meetings(orderBy: $order, first: 1) { edges { cursor node { title } } } } }""";
        assertEquals(List.of("Mutation test second"), query(meetingsOfHost, "id", officials.get(0), "order", "START_DATE_DESC")
                .getList("data.official.meetings.edges.node.title"));

        // The first meeting moves after the second, its participants untouched (null keeps a list): the
        // official's pages are ordered by the new date.
        Map<String, Object> moved = meeting("Mutation test first");
        moved.put("startDate", "2023-01-10");
        moved.put("endDate", null);
        moved.put("countryCodes", null);
        moved.put("participants", null);
        moved.put("statements", null);
        moved.put("sources", null);
        dataAs(TestTokens.editor(), UPDATE, "id", first, "version", 1, "input", moved);
        JsonPath newest = query(meetingsOfHost, "id", officials.get(0), "order", "START_DATE_DESC");
        assertEquals(List.of("Mutation test first"), newest.getList("data.official.meetings.edges.node.title"));
        JsonPath next = query("""
                query ($id: ID!, $after: String!) { official(id: $id) {
                  meetings(first: 5, after: $after) { edges { node { id startDate } } } } }""",
                "id", officials.get(0), "after", newest.getString("data.official.meetings.edges[0].cursor"));
        assertEquals(List.of(second), next.getList("data.official.meetings.edges.node.id"));
        assertEquals(List.of("2022-06-01"), next.getList("data.official.meetings.edges.node.startDate"));
        assertEquals(List.of("Mutation test second"), query(meetingsOfHost, "id", officials.get(0), "order", "START_DATE_ASC")
                .getList("data.official.meetings.edges.node.title"));

        // Lists by country follow the new date too: filtered by parties and dates, and a country's own meetings.
        String between = """
                query ($from: Date!, $to: Date!) {
                  meetings(filter: {countryCodes: ["KI", "PW"], from: $from, to: $to}) { edges { node { title } } } }""";
        assertEquals(List.of("Mutation test first"), query(between, "from", "2023-01-01", "to", "2023-12-31")
                .getList("data.meetings.edges.node.title"));
        assertEquals(List.of(), query(between, "from", "2021-01-01", "to", "2021-12-31").getList("data.meetings.edges.node.title"));
        assertEquals(List.of("Mutation test first", "Mutation test second"), query("""
                { country(code: "KI") { meetings(first: 2) { edges { node { title } } } } }""")
                .getList("data.country.meetings.edges.node.title"));
    }

    @Test
    void deletingAMeetingTakesItsQuotesAndKeepsItsSources() {
        JsonPath created = dataAs(TestTokens.editor(), CREATE, "input", meeting("Mutation test to delete"));
        String id = created.getString("data.createMeeting.id");
        String sourceId = created.getString("data.createMeeting.sources[0].id");
        String delete = "mutation ($id: ID!, $version: Int!) { deleteMeeting(id: $id, version: $version) }";
        assertEquals("FORBIDDEN", queryAs(TestTokens.editor(), delete, "id", id, "version", 1).getString("errors[0].extensions.code"));
        dataAs(TestTokens.admin(), delete, "id", id, "version", 1);
        assertEquals(0, query("{ search(text: \"We agreed on fisheries\") { __typename } }").getList("data.search").size());
        JsonPath official = query("query ($id: ID!) { official(id: $id) { statements { text } } }", "id", officials.get(1));
        assertEquals(List.of(), official.getList("data.official.statements"));
        JsonPath source = query("query ($id: ID!) { node(id: $id) { ... on Source { url } } }", "id", sourceId);
        assertEquals("https://example.org/entente-test/report", source.getString("data.node.url"));
    }
}
