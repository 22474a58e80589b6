package io.entente.auth;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.entente.graphql.GraphQLClient;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

/** The setting that closes reads to anonymous callers. */
@QuarkusTest
@TestProfile(ReadsRequireAuthenticationTest.Closed.class)
class ReadsRequireAuthenticationTest {

    public static class Closed implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("entente.reads.require-authentication", "true");
        }
    }

    private static final String QUERY = "{ country(code: \"FR\") { name } }";

    private static JsonPath post(String token, int status) {
        var request = given().contentType(ContentType.JSON).body(Map.of("query", QUERY));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return request.when().post("/graphql").then().statusCode(status).extract().jsonPath();
    }

    @Test
    void anonymousAndBadTokensAreRefused() {
        assertEquals("UNAUTHENTICATED", post(null, 401).getString("errors[0].extensions.code"));
        assertEquals("UNAUTHENTICATED", post(TestTokens.expired(), 401).getString("errors[0].extensions.code"));
        assertEquals("UNAUTHENTICATED", post(TestTokens.forged(), 401).getString("errors[0].extensions.code"));
        assertEquals("UNAUTHENTICATED", given().queryParam("query", QUERY).when().get("/graphql")
                .then().statusCode(401).extract().jsonPath().getString("errors[0].extensions.code"));
    }

    @Test
    void anyValidTokenReads() {
        assertEquals("France", post(TestTokens.reader(), 200).getString("data.country.name"));
        assertEquals("France", GraphQLClient.dataAs(TestTokens.editor(), QUERY).getString("data.country.name"));
    }
}
