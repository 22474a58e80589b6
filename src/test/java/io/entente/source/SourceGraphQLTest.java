package io.entente.source;

import static io.entente.graphql.GraphQLClient.data;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** A source leads back to everything that cites it: statements, meetings, events and sanction regimes. */
@QuarkusTest
class SourceGraphQLTest {

    private static final String ARTICLE =
            "https://www.sott.net/article/420094-A-new-agenda-of-trust-and-security-France-advocates-better-relations-with-Russia";

    private static final String SOURCES_OF_THE_TWO_PLUS_TWO = """
            { meetings(filter: { countryCodes: ["FR", "RU"], format: TWO_PLUS_TWO }) { edges { node { sources {
                url
                statements { text speaker { fullName } }
                meetings { title startDate }
                events { title occurredOn }
                sanctionRegimes { name }
            } } } } }""";

    @Test
    void theArticleLeadsBackToItsQuotesMeetingsEventsAndTheRegimeItDiscusses() {
        JsonPath json = data(SOURCES_OF_THE_TWO_PLUS_TWO);
        String source = "data.meetings.edges[0].node.sources[0]";

        assertEquals(ARTICLE, json.getString(source + ".url"));
        List<String> quotes = json.getList(source + ".statements.text");
        assertEquals(8, quotes.size());
        assertEquals("The time has come, the time is right, to work towards reducing distrust", quotes.get(0));
        assertEquals("Minsk process should progress for the stabilization of the situation in Ukraine, then the sanctions will be lifted",
                quotes.get(7));
        assertEquals(List.of("French-Russian \"2+2\" talks in Moscow", "Macron hosts Putin at the Fort de Brégançon"),
                json.getList(source + ".meetings.title"));
        assertEquals(List.of("2019-09-07", "2019-04-21", "2018-11-25", "2014-03-18", "2014-03-16"),
                json.getList(source + ".events.occurredOn"));
        assertEquals(List.of("EU restrictive measures in view of Russia's actions destabilising the situation in Ukraine (economic sanctions)"),
                json.getList(source + ".sanctionRegimes.name"));
    }

    @Test
    void aLegalActLeadsBackToItsRegimeAndToNoMeeting() {
        JsonPath json = data("""
                { sanctionRegimes(filter: { measure: FINANCIAL }) { edges { node {
                    name
                    sources { url sanctionRegimes { name } meetings { title } statements { text } }
                    measures { measure regime { name } }
                } } } }""");
        String regime = "data.sanctionRegimes.edges[0].node";
        String name = json.getString(regime + ".name");

        assertEquals("https://eur-lex.europa.eu/eli/reg/2014/833/oj", json.getString(regime + ".sources[1].url"));
        assertEquals(List.of(name), json.getList(regime + ".sources[1].sanctionRegimes.name"));
        assertEquals(List.of(), json.getList(regime + ".sources[1].meetings"));
        assertEquals(List.of(), json.getList(regime + ".sources[1].statements"));
        assertEquals(List.of("ARMS_EMBARGO", "EXPORT_CONTROL", "FINANCIAL", "SECTORAL"), json.getList(regime + ".measures.measure"));
        assertEquals(List.of(name, name, name, name), json.getList(regime + ".measures.regime.name"));
    }
}
