package io.entente.graphql;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/**
 * Answers are written by Entente's streaming writer for the usual request (a JSON object posted with a plain
 * {@code Accept}) and by SmallRye's handler for the rest: a client must not be able to tell which.
 */
@QuarkusTest
class ResponseWritingTest {

    // Every kind of value the schema has: IDs, strings with non-ASCII letters, enums, ints, booleans, dates,
    // date-times, lists of strings, nulls, cursors, nested lists and a union.
    private static final String EVERY_KIND = """
            { country(code: "FR") {
                id name officialName alpha3 region version createdAt updatedAt createdBy updatedBy
                officials(first: 3) { id fullName aliases bornOn createdAt
                  positions { kind title startDate endDate } }
                meetings(first: 3) { totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
                  edges { cursor node { format title startDate endDate city summary
                    participants { role official { fullName } delegationCountry { alpha2 } } } } } }
              search(text: "Minsk") { __typename ... on Meeting { title } ... on Event { title } }
              __typename }""";

    @Test
    void bothWritersGiveTheSameTextForEveryKindOfValue() {
        Response ours = post("application/json", EVERY_KIND);
        Response smallRye = post("application/json, text/plain", EVERY_KIND);
        assertEquals(smallRye.asString(), ours.asString());
        assertTrue(ours.asString().contains("\"createdAt\":\""), "the query reached the data");
        assertTrue(ours.asString().contains("Minsk"), "the search found the summit");
    }

    @Test
    void bothWritersGiveTheSameErrors() {
        String document = "{ country(code: \"XX\") { name alpha2 } }";
        Response ours = post("application/json", document);
        Response smallRye = post("application/json, text/plain", document);
        assertEquals(smallRye.asString(), ours.asString());
        assertEquals(200, ours.statusCode());
        ErrorsTest.assertCode(ours.jsonPath(), "NOT_FOUND");
    }

    @Test
    void theContentTypeFollowsTheAcceptHeaderAsSmallRyesDoes() {
        assertEquals("application/graphql-response+json; charset=UTF-8", post("*/*", "{ __typename }").contentType());
        assertEquals("application/json", post("application/json", "{ __typename }").contentType());
        assertEquals("application/graphql-response+json",
                post("application/graphql-response+json", "{ __typename }").contentType());
        assertEquals(406, given().contentType("application/json").accept("text/html")
                .body(Map.of("query", "{ __typename }")).post("/graphql").statusCode());
    }

    private static Response post(String accept, String document) {
        return given().contentType("application/json").accept(accept).body(Map.of("query", document))
                .post("/graphql").then().extract().response();
    }
}
