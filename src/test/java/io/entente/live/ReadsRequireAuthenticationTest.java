package io.entente.live;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URL;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.entente.auth.TestTokens;
import io.entente.graphql.GraphQLClient;
import io.entente.live.LiveClient.Operation;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.vertx.core.json.JsonObject;

/**
 * With {@code entente.reads.require-authentication=true}, queries need a valid bearer token (any role), and so do
 * subscriptions, whose token comes in connection_init's payload or as the upgrade request's Authorization header.
 */
@QuarkusTest
@TestProfile(ReadsRequireAuthenticationTest.ReadsRequireAuthentication.class)
class ReadsRequireAuthenticationTest {

    public static class ReadsRequireAuthentication implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("entente.reads.require-authentication", "true");
        }
    }

    private static final String MEETINGS = "subscription { meetingRecorded(countryCodes: [\"TV\"]) { title } }";

    @TestHTTPResource("/graphql")
    URL graphql;

    private final LiveFixtures fixtures = new LiveFixtures();

    @AfterEach
    void removeFixtures() {
        fixtures.removeAll();
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
    void queriesWithoutAValidTokenAreRefused() {
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

    @Test
    void withoutATokenASubscriptionIsRefused() {
        try (LiveClient client = LiveClient.connect(graphql)) {
            JsonObject error = client.subscribe(MEETINGS).awaitErrors().getJsonObject(0);
            assertEquals("UNAUTHENTICATED", error.getJsonObject("extensions").getString("code"), error::encode);
        }
    }

    @Test
    void aTokenInConnectionInitIsAccepted() {
        try (LiveClient client = LiveClient.open(graphql, null).init(Map.of("Authorization", "Bearer " + TestTokens.reader()))) {
            assertDelivers(client.subscribe(MEETINGS));
        }
    }

    @Test
    void aTokenInTheUpgradeRequestIsAccepted() {
        try (LiveClient client = LiveClient.open(graphql, "Bearer " + TestTokens.reader()).init(null)) {
            assertDelivers(client.subscribe(MEETINGS));
        }
    }

    @Test
    void aBadTokenInConnectionInitClosesTheConnection() {
        try (LiveClient client = LiveClient.open(graphql, null)) {
            client.sendInit(Map.of("Authorization", "Bearer " + TestTokens.forged()));
            assertEquals(4403, client.awaitClose());
        }
    }

    @Test
    void aBadTokenInTheUpgradeRequestIsUnauthenticated() {
        try (LiveClient client = LiveClient.open(graphql, "Bearer " + TestTokens.expired()).init(null)) {
            JsonObject error = client.subscribe(MEETINGS).awaitErrors().getJsonObject(0);
            assertEquals("UNAUTHENTICATED", error.getJsonObject("extensions").getString("code"), error::encode);
        }
    }

    private void assertDelivers(Operation meetings) {
        meetings.awaitDelivering(probe -> fixtures.commitMeeting(probe, "TV", "NR"));
        fixtures.commitMeeting("Live for a reader", "TV", "NR");
        assertEquals("Live for a reader", meetings.nextData().getJsonObject("meetingRecorded").getString("title"));
    }
}
