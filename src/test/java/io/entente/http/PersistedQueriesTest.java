package io.entente.http;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;

/**
 * Apollo's automatic persisted queries, over POST and GET, as Apollo Client's PersistedQueryLink speaks them: a hash
 * the server does not know is answered PERSISTED_QUERY_NOT_FOUND with the message PersistedQueryNotFound (the link
 * then sends the text with the hash), a text is checked against its hash, and a registered hash runs alone.
 */
@QuarkusTest
class PersistedQueriesTest {

    private static final String APOLLO_ACCEPT = "application/graphql-response+json,application/json;q=0.9";

    @Test
    void anUnknownHashAsksForTheTextThenRunsAlone() {
        String document = uniqueDocument();
        Map<String, Object> extensions = extensions(PersistedDocuments.sha256(document));
        Response unknown = post(Map.of("extensions", extensions));
        assertEquals(404, unknown.statusCode());
        assertEquals("no-store", unknown.header("Cache-Control"));
        GraphQLOverHttpTest.assertRefused(unknown, "PERSISTED_QUERY_NOT_FOUND", "PersistedQueryNotFound");
        assertEquals("PersistedQueryNotFound", unknown.jsonPath().getString("errors[0].message"));

        JsonPath registered = post(Map.of("query", document, "extensions", extensions)).then().statusCode(200).extract().jsonPath();
        assertEquals("France", registered.getString("data.country.name"));
        JsonPath byHash = post(Map.of("extensions", extensions, "variables", Map.of())).then().statusCode(200).extract().jsonPath();
        assertEquals("France", byHash.getString("data.country.name"));
        assertNull(byHash.get("errors"));
    }

    @Test
    void aRegisteredHashRunsOverGetAndIsCacheable() {
        String document = uniqueDocument();
        String extensions = "{\"persistedQuery\":{\"version\":1,\"sha256Hash\":\"" + PersistedDocuments.sha256(document) + "\"}}";
        Response unknown = given().accept(APOLLO_ACCEPT).queryParam("extensions", extensions).get("/graphql");
        assertEquals(404, unknown.statusCode());
        GraphQLOverHttpTest.assertRefused(unknown, "PERSISTED_QUERY_NOT_FOUND", "PersistedQueryNotFound");
        post(Map.of("query", document, "extensions", extensions(PersistedDocuments.sha256(document)))).then().statusCode(200);
        Response known = given().accept(APOLLO_ACCEPT).queryParam("extensions", extensions).get("/graphql");
        assertEquals(200, known.statusCode());
        assertEquals("France", known.jsonPath().getString("data.country.name"));
        assertNotNull(known.header("ETag"));
    }

    @Test
    void aTextThatDoesNotMatchItsHashIsRefused() {
        String document = uniqueDocument();
        Response refused = post(Map.of("query", document, "extensions", extensions(PersistedDocuments.sha256(document + " "))));
        assertEquals(400, refused.statusCode());
        GraphQLOverHttpTest.assertRefused(refused, "BAD_USER_INPUT", "provided sha does not match query");
        Response unknownAfter = post(Map.of("extensions", extensions(PersistedDocuments.sha256(document + " "))));
        assertEquals(404, unknownAfter.statusCode());
    }

    @Test
    void aMalformedPersistedQueryIsRefused() {
        Response refused = post(Map.of("extensions", Map.of("persistedQuery", Map.of("version", 1, "sha256Hash", "abc"))));
        assertEquals(400, refused.statusCode());
        GraphQLOverHttpTest.assertRefused(refused, "BAD_USER_INPUT", "sha256Hash");
        Response version = post(Map.of("extensions", Map.of("persistedQuery",
                Map.of("version", 2, "sha256Hash", PersistedDocuments.sha256("{ __typename }")))));
        assertEquals(400, version.statusCode());
        GraphQLOverHttpTest.assertRefused(version, "BAD_USER_INPUT", "version 1");
    }

    @Test
    void anUnknownDocumentIdIsNotFound() {
        Response refused = post(Map.of("documentId", "sha256:0123"));
        assertEquals(404, refused.statusCode());
        GraphQLOverHttpTest.assertRefused(refused, "PERSISTED_QUERY_NOT_FOUND", "sha256:0123");
    }

    /** A document no other test registers, so that each test starts from an unknown hash. */
    static String uniqueDocument() {
        return "query Q" + UUID.randomUUID().toString().replace("-", "") + " { country(code: \"FR\") { name } }";
    }

    static Map<String, Object> extensions(String hash) {
        return Map.of("persistedQuery", Map.of("version", 1, "sha256Hash", hash));
    }

    private static Response post(Map<String, Object> body) {
        return given().contentType("application/json").accept(APOLLO_ACCEPT).body(body).post("/graphql")
                .then().extract().response();
    }
}
