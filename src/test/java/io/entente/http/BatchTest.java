package io.entente.http;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;

/**
 * A JSON array of operations (what Apollo's BatchHttpLink sends) is answered as an array in the same order; the
 * number of operations is limited (ENTENTE_HTTP_BATCH_MAX_OPERATIONS, 10 by default), and the cost limits apply to
 * the batch as a whole.
 */
@QuarkusTest
class BatchTest {

    private static final String APOLLO_ACCEPT = "application/graphql-response+json,application/json;q=0.9";

    @Test
    void aBatchIsAnsweredInOrder() {
        JsonPath answers = post(List.of(
                Map.of("query", "query A($code: String!) { country(code: $code) { name } }", "variables", Map.of("code", "DE")),
                Map.of("query", "{ country(code: \"XX\") { name } }"),
                Map.of("query", "query B { bloc(code: \"EU\") { code } } query C { bloc(code: \"G7\") { code } }",
                        "operationName", "C"),
                Map.of("query", "{ country(code: \"FR\") { capital } }")))
                .then().statusCode(200).contentType(GraphQLOverHttpTest.GRAPHQL_RESPONSE).extract().jsonPath();
        assertEquals(4, answers.getList("$").size());
        assertEquals("Germany", answers.getString("[0].data.country.name"));
        assertNull(answers.get("[0].errors"));
        assertEquals("NOT_FOUND", answers.getString("[1].errors[0].extensions.code"));
        assertEquals("G7", answers.getString("[2].data.bloc.code"));
        assertEquals("BAD_USER_INPUT", answers.getString("[3].errors[0].extensions.code"));
        assertNull(answers.get("[3].data"));
    }

    @Test
    void aBatchOverTheLimitIsRefused() {
        List<Map<String, Object>> eleven = new ArrayList<>();
        for (int i = 0; i < 11; i++) {
            eleven.add(Map.of("query", "{ __typename }"));
        }
        Response refused = post(eleven);
        assertEquals(400, refused.statusCode());
        GraphQLOverHttpTest.assertRefused(refused, "BAD_USER_INPUT", "11 operations, over the limit of 10");
        assertEquals(10, post(eleven.subList(0, 10)).then().statusCode(200).extract().jsonPath().getList("$").size());
    }

    @Test
    void emptyOrMalformedBatchesAreRefused() {
        GraphQLOverHttpTest.assertRefused(post(List.of()), "BAD_USER_INPUT", "empty");
        Response notObjects = given().contentType("application/json").accept(APOLLO_ACCEPT)
                .body("[{\"query\": \"{ __typename }\"}, 5]").post("/graphql");
        assertEquals(400, notObjects.statusCode());
        GraphQLOverHttpTest.assertRefused(notObjects, "BAD_USER_INPUT", "Operation 1 of the batch");
    }

    @Test
    void theCostLimitsApplyToTheBatchAsAWhole() {
        // Estimated at 12302 fields (1 + 1 + 3 x 100 + 2 x 1000 + 10000: page sizes and plain lists multiply down the
        // tree), within the limit of 50000 alone; Tuvalu has no meetings, so the batch costs little to run.
        String heavy = "{ country(code: \"TV\") { meetings(first: 100) { edges { node {"
                + " participants { official { positions { title } } } } } } } }";
        JsonPath answers = post(List.of(Map.of("query", "{ __typename }"), Map.of("query", heavy), Map.of("query", heavy),
                Map.of("query", heavy), Map.of("query", heavy), Map.of("query", heavy)))
                .then().statusCode(200).extract().jsonPath();
        assertEquals("Query", answers.getString("[0].data.__typename"));
        for (int i = 1; i <= 4; i++) {
            assertNull(answers.get("[" + i + "].errors"), "operation " + i);
            assertNotNull(answers.getList("[" + i + "].data.country.meetings.edges"), "operation " + i);
        }
        assertEquals("QUERY_TOO_COMPLEX", answers.getString("[5].errors[0].extensions.code"));
        assertThat(answers.getString("[5].errors[0].message"), containsString("batch's total complexity is 61510"));
        assertThat(answers.getString("[5].errors[0].message"), containsString("over the limit of 50000"));
        assertNull(answers.get("[5].data"));
    }

    @Test
    void aBatchOfDocumentsThatTogetherAreTooLongIsRefusedAtTheOneThatCrossesTheLimit() {
        String padding = "# " + "x".repeat(98) + "\n";
        String long7000 = padding.repeat(70) + "{ __typename }";
        JsonPath answers = post(List.of(Map.of("query", long7000), Map.of("query", long7000), Map.of("query", long7000)))
                .then().statusCode(200).extract().jsonPath();
        assertEquals("Query", answers.getString("[0].data.__typename"));
        assertEquals("Query", answers.getString("[1].data.__typename"));
        assertEquals("QUERY_TOO_COMPLEX", answers.getString("[2].errors[0].extensions.code"));
        assertThat(answers.getString("[2].errors[0].message"), containsString("batch's total document size is 21252"));
    }

    private static Response post(List<Map<String, Object>> operations) {
        return given().contentType("application/json").accept(APOLLO_ACCEPT).body(operations).post("/graphql")
                .then().extract().response();
    }
}
