package io.entente.live;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URL;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.entente.auth.TestTokens;
import io.entente.live.LiveClient.Operation;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.vertx.core.json.JsonObject;

/**
 * With {@code entente.reads.require-authentication=true}, a subscription needs a valid bearer token, sent in
 * connection_init's payload or as the upgrade request's Authorization header.
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
