package io.entente.statement;

import static io.entente.graphql.GraphQLClient.data;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** Statements (who said what, where, according to which source) and the sources of meetings and events. */
@QuarkusTest
class StatementGraphQLTest {

    private static final String SOTT_URL =
            "https://www.sott.net/article/420094-A-new-agenda-of-trust-and-security-France-advocates-better-relations-with-Russia";
    private static final String SOTT_TITLE = "A new agenda of trust and security: France advocates better relations with Russia";
    private static final String TWO_PLUS_TWO = "French-Russian \"2+2\" talks in Moscow";
    private static final String MINSK_QUOTE =
            "Minsk process should progress for the stabilization of the situation in Ukraine, then the sanctions will be lifted";

    /** The one meeting of a format, with its statements and sources. */
    private static final String MEETING_BY_FORMAT = """
            query ($filter: MeetingFilter) {
              meetings(filter: $filter) {
                totalCount
                edges { node {
                  title
                  statements { text saidOn context speaker { fullName } meeting { title } event { title } source { publisher } }
                  sources { publisher title url publishedOn }
                } }
              }
            }
            """;

    private static final String STATEMENTS_OF = """
            query ($filter: OfficialFilter) {
              officials(filter: $filter) {
                edges { node { statements {
                  text saidOn context
                  speaker { fullName }
                  meeting { title startDate city }
                  event { title }
                  source { publisher url title publishedOn }
                } } }
              }
            }
            """;

    @Test
    void theTwoPlusTwoStatementsAreAttributedToLeDrianParlyAndLavrov() {
        JsonPath json = data(MEETING_BY_FORMAT, "filter", Map.of("format", "TWO_PLUS_TWO"));
        String meeting = "data.meetings.edges[0].node";

        assertEquals(1, json.getInt("data.meetings.totalCount"));
        assertEquals(TWO_PLUS_TWO, json.getString(meeting + ".title"));
        List<Map<String, Object>> statements = json.getList(meeting + ".statements");
        assertEquals(7, statements.size());
        assertEquals("Jean-Yves Le Drian",
                speakerOf(statements, "The time has come, the time is right, to work towards reducing distrust"));
        assertEquals("Florence Parly",
                speakerOf(statements, "it is important to talk to each other, to avoid misunderstanding and friction."));
        assertEquals("Sergey Lavrov", speakerOf(statements, "possible and necessary"));
        assertEquals("Jean-Yves Le Drian", speakerOf(statements, "window of opportunity"));
        assertThat(json.getList(meeting + ".statements.speaker.fullName"), containsInAnyOrder("Jean-Yves Le Drian",
                "Jean-Yves Le Drian", "Jean-Yves Le Drian", "Jean-Yves Le Drian", "Jean-Yves Le Drian", "Florence Parly",
                "Sergey Lavrov"));
    }

    @Test
    void everyTwoPlusTwoStatementWasSaidThatDayAtThatMeetingAndQuotedBySottNet() {
        JsonPath json = data(MEETING_BY_FORMAT, "filter", Map.of("format", "TWO_PLUS_TWO"));
        String statements = "data.meetings.edges[0].node.statements";

        assertEquals(List.of("2019-09-09"), distinct(json.getList(statements + ".saidOn")));
        assertEquals(List.of(TWO_PLUS_TWO), distinct(json.getList(statements + ".meeting.title")));
        assertEquals(List.of("Sott.net"), distinct(json.getList(statements + ".source.publisher")));
        List<Object> events = json.getList(statements + ".event");
        assertEquals(7, events.size());
        assertThat(events, everyItem(nullValue()));
    }

    @Test
    void theTwoPlusTwoCitesTheSottNetArticle() {
        JsonPath json = data(MEETING_BY_FORMAT, "filter", Map.of("format", "TWO_PLUS_TWO"));
        String sources = "data.meetings.edges[0].node.sources";

        assertEquals(1, json.getList(sources).size());
        assertEquals("Sott.net", json.getString(sources + "[0].publisher"));
        assertEquals(SOTT_TITLE, json.getString(sources + "[0].title"));
        assertEquals(SOTT_URL, json.getString(sources + "[0].url"));
        assertNull(json.get(sources + "[0].publishedOn"));
    }

    @Test
    void theMinskSummitHasNeitherStatementsNorSources() {
        JsonPath json = data(MEETING_BY_FORMAT, "filter", Map.of("format", "SUMMIT"));
        String meeting = "data.meetings.edges[0].node";

        assertEquals("Normandy-format summit in Minsk", json.getString(meeting + ".title"));
        assertEquals(List.of(), json.getList(meeting + ".statements"));
        assertEquals(List.of(), json.getList(meeting + ".sources"));
    }

    @Test
    void noStatementOrSummaryContainsTheMisencodedEmDash() {
        JsonPath json = data("""
                query ($first: Int) {
                  officials(first: $first) { edges { node { statements { text context } } } }
                  meetings(first: $first) { edges { node { summary } } }
                  events(first: $first) { edges { node { description } } }
                }
                """, "first", 100);

        List<String> texts = new ArrayList<>();
        texts.addAll(json.getList("data.officials.edges.node.statements.flatten().text"));
        texts.addAll(json.getList("data.officials.edges.node.statements.flatten().context"));
        texts.addAll(json.getList("data.meetings.edges.node.summary"));
        texts.addAll(json.getList("data.events.edges.node.description"));

        assertEquals(8, json.getList("data.officials.edges.node.statements.flatten()").size());
        assertEquals(3, json.getList("data.meetings.edges").size());
        assertEquals(9, json.getList("data.events.edges").size());
        for (String text : texts) {
            if (text != null) {
                assertThat(text, not(containsString("โ€")));
                assertThat(text, not(containsString("â€")));
            }
        }
    }

    @Test
    void leDriansMinskQuoteWasGivenToAFrenchBroadcasterOnAnUnknownDay() {
        JsonPath json = data(STATEMENTS_OF, "filter", Map.of("nameContains", "Le Drian"));
        String statements = "data.officials.edges[0].node.statements";

        List<Map<String, Object>> all = json.getList(statements);
        assertEquals(6, all.size());
        // Undated statements come last.
        String last = statements + "[5]";
        assertEquals(MINSK_QUOTE, json.getString(last + ".text"));
        assertEquals("Interview on a French broadcaster", json.getString(last + ".context"));
        assertNull(json.get(last + ".saidOn"));
        assertNull(json.get(last + ".meeting"));
        assertNull(json.get(last + ".event"));
        assertEquals("Jean-Yves Le Drian", json.getString(last + ".speaker.fullName"));
        assertEquals(List.of("2019-09-09", "2019-09-09", "2019-09-09", "2019-09-09", "2019-09-09"),
                json.getList(statements + ".saidOn").subList(0, 5));
    }

    @Test
    void aStatementsSourceIsTheSottNetArticle() {
        JsonPath json = data(STATEMENTS_OF, "filter", Map.of("nameContains", "Le Drian"));
        String source = "data.officials.edges[0].node.statements[5].source";

        assertEquals("Sott.net", json.getString(source + ".publisher"));
        assertEquals(SOTT_URL, json.getString(source + ".url"));
        assertEquals(SOTT_TITLE, json.getString(source + ".title"));
        assertNull(json.get(source + ".publishedOn"));
    }

    @Test
    void lavrovsStatementBelongsToTheTwoPlusTwoMeetingAndToNoEvent() {
        JsonPath json = data(STATEMENTS_OF, "filter", Map.of("nameContains", "Lavrov"));
        String statement = "data.officials.edges[0].node.statements[0]";

        assertEquals("possible and necessary", json.getString(statement + ".text"));
        assertEquals("On the rebuilding of French-Russian ties", json.getString(statement + ".context"));
        assertEquals(TWO_PLUS_TWO, json.getString(statement + ".meeting.title"));
        assertEquals("2019-09-09", json.getString(statement + ".meeting.startDate"));
        assertEquals("Moscow", json.getString(statement + ".meeting.city"));
        assertNull(json.get(statement + ".event"));
        assertEquals(SOTT_URL, json.getString(statement + ".source.url"));
    }

    @Test
    void theBreganconMeetingCitesTheSottNetArticleButRecordsNoStatement() {
        JsonPath json = data(MEETING_BY_FORMAT, "filter", Map.of("format", "BILATERAL"));
        String meeting = "data.meetings.edges[0].node";

        assertEquals("Macron hosts Putin at the Fort de Brégançon", json.getString(meeting + ".title"));
        assertEquals(List.of(SOTT_URL), json.getList(meeting + ".sources.url"));
        assertEquals(List.of(), json.getList(meeting + ".statements"));
    }

    @Test
    void thePrisonerExchangeCitesTheSottNetArticle() {
        JsonPath json = data("""
                query ($filter: EventFilter) {
                  events(filter: $filter) {
                    edges { node { title occurredOn sources { publisher title url publishedOn } statements { text } } }
                  }
                }
                """, "filter", Map.of("kind", "PRISONER_EXCHANGE"));
        String event = "data.events.edges[0].node";

        assertEquals("Russia-Ukraine prisoner exchange (35 for 35)", json.getString(event + ".title"));
        assertEquals("2019-09-07", json.getString(event + ".occurredOn"));
        assertEquals(List.of("Sott.net"), json.getList(event + ".sources.publisher"));
        assertEquals(List.of(SOTT_TITLE), json.getList(event + ".sources.title"));
        assertEquals(List.of(SOTT_URL), json.getList(event + ".sources.url"));
        assertEquals(List.of(), json.getList(event + ".statements"));
    }

    @Test
    void onlyTheIncidentsTheArticleMentionsCiteIt() {
        JsonPath json = data("""
                query ($filter: EventFilter, $order: EventOrder) {
                  events(filter: $filter, orderBy: $order) { edges { node { title sources { url } } } }
                }
                """, "filter", Map.of("kind", "INCIDENT"), "order", "DATE_ASC");

        assertEquals(List.of("MH17 shot down over eastern Ukraine", "Kerch Strait incident"), json.getList("data.events.edges.node.title"));
        assertEquals(List.of(), json.getList("data.events.edges[0].node.sources"));
        assertEquals(List.of(SOTT_URL), json.getList("data.events.edges[1].node.sources.url"));
    }

    private static String speakerOf(List<Map<String, Object>> statements, String text) {
        Map<String, Object> statement = statements.stream().filter(s -> text.equals(s.get("text"))).findFirst()
                .orElseThrow(() -> new AssertionError("No statement \"" + text + "\""));
        return (String) ((Map<?, ?>) statement.get("speaker")).get("fullName");
    }

    private static List<Object> distinct(List<Object> values) {
        return values.stream().distinct().toList();
    }

    @Test
    void theTwoPlusTwoStatementsAreListedInTheArticlesOrder() {
        JsonPath json = data(MEETING_BY_FORMAT, "filter", Map.of("countryCodes", List.of("FR", "RU"), "format", "TWO_PLUS_TWO"));
        List<String> texts = json.getList("data.meetings.edges[0].node.statements.text");

        assertEquals(7, texts.size());
        assertEquals("The time has come, the time is right, to work towards reducing distrust", texts.get(0));
        assertEquals("window of opportunity", texts.get(1));
        assertEquals("possible and necessary", texts.get(5));
        assertEquals("led to the prisoners' swap", texts.get(6));
    }
}
