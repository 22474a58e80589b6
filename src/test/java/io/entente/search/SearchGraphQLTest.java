package io.entente.search;

import static io.entente.graphql.GraphQLClient.data;
import static io.entente.graphql.GraphQLClient.query;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** The {@code search} root field: codes, names and titles ranked across types, and its input limits. */
@QuarkusTest
class SearchGraphQLTest {

    private static final String SEARCH = """
            query($text: String!, $first: Int) {
              search(text: $text, first: $first) {
                __typename
                ... on Country { alpha2 name }
                ... on Bloc { code name }
                ... on Official { fullName }
                ... on Meeting { title startDate }
                ... on Event { title occurredOn }
                ... on SanctionRegime { name }
              }
            }
            """;

    @Test
    void alpha2CodeFindsTheCountryFirst() {
        assertFranceFirst(data(SEARCH, "text", "FR"));
    }

    @Test
    void countryNameFindsTheCountryFirst() {
        assertFranceFirst(data(SEARCH, "text", "France"));
        assertFranceFirst(data(SEARCH, "text", "france"));
    }

    @Test
    void alpha3CodeFindsTheCountryFirst() {
        assertFranceFirst(data(SEARCH, "text", "FRA"));
        assertFranceFirst(data(SEARCH, "text", "fra"));
    }

    @Test
    void surnameFindsTheOfficialFirst() {
        JsonPath response = data(SEARCH, "text", "Lavrov");

        assertEquals("Official", response.getString("data.search[0].__typename"));
        assertEquals("Sergey Lavrov", response.getString("data.search[0].fullName"));
    }

    @Test
    void otherSpellingFindsTheOfficialFirst() {
        JsonPath response = data(SEARCH, "text", "Sergei Lavrov");

        assertEquals("Official", response.getString("data.search[0].__typename"));
        assertEquals("Sergey Lavrov", response.getString("data.search[0].fullName"));
    }

    @Test
    void twoPlusTwoFindsTheMoscowTalksFirst() {
        JsonPath response = data(SEARCH, "text", "2+2");

        assertEquals("Meeting", response.getString("data.search[0].__typename"));
        assertEquals("French-Russian \"2+2\" talks in Moscow", response.getString("data.search[0].title"));
        assertEquals("2019-09-09", response.getString("data.search[0].startDate"));
    }

    @Test
    void blocCodeFindsTheBlocFirst() {
        JsonPath response = data(SEARCH, "text", "EU");

        assertEquals("Bloc", response.getString("data.search[0].__typename"));
        assertEquals("EU", response.getString("data.search[0].code"));
        assertEquals("European Union", response.getString("data.search[0].name"));
    }

    @Test
    void kerchFindsTheIncidentFirst() {
        JsonPath response = data(SEARCH, "text", "Kerch");

        assertEquals("Event", response.getString("data.search[0].__typename"));
        assertEquals("Kerch Strait incident", response.getString("data.search[0].title"));
        assertEquals("2018-11-25", response.getString("data.search[0].occurredOn"));
    }

    @Test
    void firstLimitsTheResults() {
        JsonPath one = data(SEARCH, "text", "FR", "first", 1);
        assertEquals(List.of("Country"), one.getList("data.search.__typename"));
        assertEquals("FR", one.getString("data.search[0].alpha2"));

        assertEquals(3, data(SEARCH, "text", "FR", "first", 3).getList("data.search").size());
        assertEquals(List.of(), data(SEARCH, "text", "FR", "first", 0).getList("data.search"));
    }

    @Test
    void firstOverFiftyIsBadUserInput() {
        assertError(query(SEARCH, "text", "FR", "first", 51), "BAD_USER_INPUT", "first", "50");
    }

    @Test
    void emptyTextIsBadUserInput() {
        assertError(query(SEARCH, "text", ""), "BAD_USER_INPUT", "text");
    }

    @Test
    void whitespaceTextIsBadUserInput() {
        assertError(query(SEARCH, "text", "   "), "BAD_USER_INPUT", "text");
    }

    @Test
    void textOverTwoHundredCharactersIsBadUserInput() {
        assertError(query(SEARCH, "text", "a".repeat(201)), "BAD_USER_INPUT", "text", "200");
    }

    @Test
    void textOfTwoHundredCharactersIsAccepted() {
        assertEquals(List.of(), data(SEARCH, "text", "a".repeat(200)).getList("data.search"));
    }

    private static void assertFranceFirst(JsonPath response) {
        assertEquals("Country", response.getString("data.search[0].__typename"));
        assertEquals("FR", response.getString("data.search[0].alpha2"));
        assertEquals("France", response.getString("data.search[0].name"));
    }

    private static void assertError(JsonPath response, String code, String... mentioned) {
        assertEquals(code, response.getString("errors[0].extensions.code"), () -> "errors: " + response.get("errors"));
        String message = response.getString("errors[0].message");
        for (String word : mentioned) {
            assertThat(message, containsString(word));
        }
    }
}
