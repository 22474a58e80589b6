package io.entente.http;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.entente.auth.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;

/**
 * GraphQL over HTTP as the spec says (the version graphql-http 1.23's audit checks): media types, status codes,
 * GET with every parameter, mutations refused over GET, and every refused request answered with a 4xx and a GraphQL
 * error with {@code extensions.code}.
 */
@QuarkusTest
class GraphQLOverHttpTest {

    static final String GRAPHQL_RESPONSE = "application/graphql-response+json; charset=utf-8";
    static final String JSON = "application/json; charset=utf-8";
    private static final String APOLLO_ACCEPT = "application/graphql-response+json,application/json;q=0.9";

    @io.quarkus.test.common.http.TestHTTPResource("/graphql")
    java.net.URI graphql;

    @Test
    void withoutAcceptTheAnswerIsJson() throws Exception {
        var client = java.net.http.HttpClient.newHttpClient();
        var answer = client.send(java.net.http.HttpRequest.newBuilder(graphql)
                .header("Content-Type", "application/json")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString("{\"query\": \"{ __typename }\"}")).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
        assertEquals(200, answer.statusCode());
        assertEquals(JSON, answer.headers().firstValue("Content-Type").orElse(null));
        assertEquals("{\"data\":{\"__typename\":\"Query\"}}", answer.body());
    }

    @Test
    void theAnswersMediaTypeFollowsTheAcceptHeader() {
        assertEquals(JSON, post("*/*", Map.of("query", "{ __typename }")).contentType());
        assertEquals(JSON, post("application/json", Map.of("query", "{ __typename }")).contentType());
        assertEquals(GRAPHQL_RESPONSE, post(APOLLO_ACCEPT, Map.of("query", "{ __typename }")).contentType());
        assertEquals(GRAPHQL_RESPONSE, post("application/graphql-response+json", Map.of("query", "{ __typename }")).contentType());
        assertEquals(JSON, post("application/graphql-response+json;q=0.5, application/json", Map.of("query", "{ __typename }")).contentType());
        Response refused = post("text/html", Map.of("query", "{ __typename }"));
        assertEquals(406, refused.statusCode());
        assertRefused(refused, "BAD_USER_INPUT", "Accept");
    }

    @Test
    void requestErrorsAre400UnderTheGraphQLResponseTypeAnd200UnderJson() {
        for (String document : new String[] { "{", "{ country(code: \"FR\") { capital } }",
                "query Pick { blocs { code } } query Other { blocs { name } }" }) {
            Response strict = post(APOLLO_ACCEPT, Map.of("query", document));
            assertEquals(400, strict.statusCode(), document);
            assertEquals("BAD_USER_INPUT", strict.jsonPath().getString("errors[0].extensions.code"), document);
            assertNull(strict.jsonPath().get("data"), document);
            Response legacy = post("application/json", Map.of("query", document));
            assertEquals(200, legacy.statusCode(), document);
            assertEquals(strict.asString(), legacy.asString(), document);
        }
    }

    @Test
    void aSyntaxErrorSaysWhereWithACode() {
        JsonPath answer = post(APOLLO_ACCEPT, Map.of("query", "{ country(code: \"FR\" { name } }")).jsonPath();
        assertEquals("BAD_USER_INPUT", answer.getString("errors[0].extensions.code"));
        assertThat(answer.getString("errors[0].message"), containsString("'{'"));
        assertEquals(1, answer.getInt("errors[0].locations[0].line"));
        assertEquals(22, answer.getInt("errors[0].locations[0].column"));
    }

    @Test
    void aVariableThatDoesNotCoerceIs400UnderTheGraphQLResponseType() {
        Response answer = post(APOLLO_ACCEPT, Map.of("query", "query($code: String!) { country(code: $code) { name } }",
                "variables", Map.of("code", 7)));
        assertEquals(400, answer.statusCode());
        assertEquals("BAD_USER_INPUT", answer.jsonPath().getString("errors[0].extensions.code"));
    }

    @Test
    void anAnswerWithDataIs200EvenWithFieldErrors() {
        Response answer = post(APOLLO_ACCEPT, Map.of("query", "{ country(code: \"XX\") { name } blocs { code } }"));
        assertEquals(200, answer.statusCode());
        assertEquals("NOT_FOUND", answer.jsonPath().getString("errors[0].extensions.code"));
        assertEquals("EU", answer.jsonPath().getString("data.blocs.find { it.code == 'EU' }.code"));
    }

    @Test
    void theOperationNameChoosesTheOperationOverPostAndGet() {
        String document = "query Pick { country(code: \"FR\") { name } } query Other { country(code: \"DE\") { name } }";
        assertEquals("Germany", post(APOLLO_ACCEPT, Map.of("query", document, "operationName", "Other"))
                .jsonPath().getString("data.country.name"));
        assertEquals("Germany", given().accept(APOLLO_ACCEPT).queryParam("query", document).queryParam("operationName", "Other")
                .get("/graphql").then().statusCode(200).extract().jsonPath().getString("data.country.name"));
        Response unknown = post(APOLLO_ACCEPT, Map.of("query", document, "operationName", "Nope"));
        assertEquals(400, unknown.statusCode());
        assertEquals("BAD_USER_INPUT", unknown.jsonPath().getString("errors[0].extensions.code"));
        assertThat(unknown.jsonPath().getString("errors[0].message"), containsString("Nope"));
    }

    @Test
    void getTakesJsonEncodedVariablesAndExtensions() {
        JsonPath answer = given().accept(APOLLO_ACCEPT)
                .queryParam("query", "query($code: String!) { country(code: $code) { alpha3 } }")
                .queryParam("variables", "{\"code\":\"fr\"}").queryParam("extensions", "{\"some\":\"value\"}")
                .get("/graphql").then().statusCode(200).contentType(GRAPHQL_RESPONSE).extract().jsonPath();
        assertEquals("FRA", answer.getString("data.country.alpha3"));
        assertNull(answer.get("errors"));
        Response malformed = given().accept(APOLLO_ACCEPT).queryParam("query", "{ __typename }")
                .queryParam("variables", "[1]").get("/graphql");
        assertEquals(400, malformed.statusCode());
        assertRefused(malformed, "BAD_USER_INPUT", "variables");
    }

    @Test
    void aMutationOverGetIsRefused405AndNothingIsWritten() {
        String create = "mutation { createBloc(input: { code: \"tst-over-get\", name: \"Made over GET\" }) { id } }";
        Response refused = given().accept(APOLLO_ACCEPT).header("Authorization", "Bearer " + TestTokens.editor())
                .queryParam("query", create).get("/graphql");
        assertEquals(405, refused.statusCode());
        assertEquals("POST", refused.header("Allow"));
        assertRefused(refused, "BAD_USER_INPUT", "POST");
        Response lookup = post(APOLLO_ACCEPT, Map.of("query", "{ bloc(code: \"TST-OVER-GET\") { name } }"));
        assertEquals("NOT_FOUND", lookup.jsonPath().getString("errors[0].extensions.code"));
        Response legacy = given().accept("application/json").queryParam("query", "mutation { __typename }").get("/graphql");
        assertEquals(405, legacy.statusCode());
    }

    @Test
    void malformedRequestsAre400WithACodeWhateverTheType() {
        for (String accept : new String[] { null, APOLLO_ACCEPT }) {
            assertRefused(raw(accept, "application/json", "{ \"not a JSON"), 400, "not valid JSON");
            assertRefused(raw(accept, "application/json", ""), 400, "no body");
            assertRefused(raw(accept, "application/json", "7"), 400, "JSON object");
            assertRefused(raw(accept, "application/json", "{\"qeury\": \"{ __typename }\"}"), 400, "\"query\"");
            assertRefused(raw(accept, "application/json", "{\"query\": [\"array\"]}"), 400, "\"query\" must be a string");
            assertRefused(raw(accept, "application/json", "{\"query\": \"{ __typename }\", \"operationName\": 0}"), 400,
                    "\"operationName\" must be a string");
            assertRefused(raw(accept, "application/json", "{\"query\": \"{ __typename }\", \"variables\": \"x\"}"), 400,
                    "\"variables\" must be a JSON object");
            assertRefused(raw(accept, "application/json", "{\"query\": \"{ __typename }\", \"extensions\": false}"), 400,
                    "\"extensions\" must be a JSON object");
            assertRefused(raw(accept, "text/plain", "{\"query\": \"{ __typename }\"}"), 415, "Content-Type");
            assertRefused(raw(accept, null, "{\"query\": \"{ __typename }\"}"), 415, "Content-Type");
            assertRefused(raw(accept, "application/json; charset=latin1", "{\"query\": \"{ __typename }\"}"), 415, "UTF-8");
        }
        Response put = given().contentType("application/json").body(Map.of("query", "{ __typename }")).put("/graphql");
        assertEquals(405, put.statusCode());
        assertEquals("GET, POST, OPTIONS", put.header("Allow"));
        assertRefused(put, "BAD_USER_INPUT", "POST");
    }

    @Test
    void nullOptionalParametersAreAsIfAbsent() {
        Map<String, Object> body = new java.util.HashMap<>();
        body.put("query", "{ __typename }");
        body.put("operationName", null);
        body.put("variables", null);
        body.put("extensions", null);
        JsonPath answer = post(APOLLO_ACCEPT, body).then().statusCode(200).extract().jsonPath();
        assertEquals("Query", answer.getString("data.__typename"));
        assertNull(answer.get("errors"));
    }

    @Test
    void aDocumentOverTheTokenLimitIsRefusedWithACodeBeforeTheParser() {
        String document = "{ blocs { " + "id ".repeat(6000) + "} }";
        Response strict = post(APOLLO_ACCEPT, Map.of("query", document));
        assertEquals(400, strict.statusCode());
        assertRefused(strict, "QUERY_TOO_COMPLEX", "number of tokens is");
        Response oversized = post("application/json", Map.of("query", "{ blocs { " + "id ".repeat(6700) + "} }"));
        assertEquals(200, oversized.statusCode());
        assertRefused(oversized, "QUERY_TOO_COMPLEX", "document size is 20113 characters");
    }

    @Test
    void applicationGraphqlBodiesAreTheDocument() {
        JsonPath answer = given().config(io.restassured.RestAssured.config().encoderConfig(io.restassured.config.EncoderConfig
                .encoderConfig().encodeContentTypeAs("application/graphql", io.restassured.http.ContentType.TEXT)))
                .contentType("application/graphql; charset=utf-8").accept(APOLLO_ACCEPT)
                .body("{ country(code: \"FR\") { name } }").post("/graphql")
                .then().statusCode(200).extract().jsonPath();
        assertEquals("France", answer.getString("data.country.name"));
    }

    @Test
    void aSubscriptionOverPlainHttpIsRefusedWithACode() {
        Response refused = post(APOLLO_ACCEPT, Map.of("query", "subscription { meetingRecorded { title } }"));
        assertEquals(400, refused.statusCode());
        assertRefused(refused, "BAD_USER_INPUT", "WebSocket");
    }

    @Test
    void aPlainOptionsRequestListsTheMethods() {
        Response options = given().options("/graphql");
        assertEquals(204, options.statusCode());
        assertEquals("GET, POST, OPTIONS", options.header("Allow"));
    }

    private static Response post(String accept, Map<String, Object> body) {
        var request = given().contentType("application/json").body(body);
        if (accept != null) {
            request.accept(accept);
        }
        return request.post("/graphql").then().extract().response();
    }

    private static Response raw(String accept, String contentType, String body) {
        var request = given().body(body);
        if (contentType != null) {
            request.contentType(contentType);
        }
        if (accept != null) {
            request.accept(accept);
        }
        return request.post("/graphql").then().extract().response();
    }

    private static void assertRefused(Response response, int status, String inMessage) {
        assertEquals(status, response.statusCode(), response::asString);
        assertRefused(response, "BAD_USER_INPUT", inMessage);
    }

    static void assertRefused(Response response, String code, String inMessage) {
        JsonPath body = response.jsonPath();
        assertEquals(code, body.getString("errors[0].extensions.code"), response::asString);
        assertThat(body.getString("errors[0].message"), containsString(inMessage));
        assertNull(body.get("data"));
        assertThat(response.asString(), org.hamcrest.Matchers.not(containsString("Exception")));
    }
}
