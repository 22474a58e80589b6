package io.entente.http;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URL;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.entente.auth.TestTokens;
import io.entente.live.LiveClient;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/**
 * Entente's HTTP route attaches the caller's security identity as Quarkus' own GraphQL handler does: during an
 * operation, {@code CurrentIdentityAssociation} holds the bearer token's identity (name and roles from
 * {@code groups}), and a {@code @RolesAllowed("editor")} method lets an editor through, refuses a reader
 * (Forbidden) and an anonymous caller (Unauthorized): the same over POST, GET, a batch, and SmallRye's WebSocket
 * handler. Test-only probes ({@link IdentityProbe}, {@link RolesProbe}) watch it, so this runs as a
 * {@code @QuarkusTest} only.
 */
@QuarkusTest
@TestProfile(SecurityIdentityTest.WithProbe.class)
class SecurityIdentityTest {

    public static class WithProbe implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("io.entente.test.identity-probe", "true");
        }
    }

    @TestHTTPResource("/graphql")
    URL graphql;

    @Test
    void theTokensIdentityReachesTheOperationOverEveryTransport() throws Exception {
        for (String who : List.of("editor", "reader", "anonymous")) {
            String token = switch (who) {
                case "editor" -> TestTokens.editor();
                case "reader" -> TestTokens.reader();
                default -> null;
            };
            String post = "ProbePost" + who;
            var request = given().contentType("application/json").body(Map.of("query", "query " + post + " { __typename }"));
            var get = given().queryParam("query", "query ProbeGet" + who + " { __typename }");
            var batch = given().contentType("application/json")
                    .body(List.of(Map.of("query", "query ProbeBatch" + who + " { __typename }")));
            if (token != null) {
                request.header("Authorization", "Bearer " + token);
                get.header("Authorization", "Bearer " + token);
                batch.header("Authorization", "Bearer " + token);
            }
            request.post("/graphql").then().statusCode(200);
            get.get("/graphql").then().statusCode(200);
            batch.post("/graphql").then().statusCode(200);
            try (LiveClient socket = LiveClient.open(graphql, token == null ? null : "Bearer " + token).init(null)) {
                socket.subscribe("subscription ProbeSocket" + who + " { meetingRecorded(countryCodes: [\"TV\"]) { title } }");
                String expected = switch (who) {
                    case "editor" -> "test-editor [editor] / allowed";
                    case "reader" -> "test-reader [] / ForbiddenException";
                    default -> "anonymous / UnauthorizedException";
                };
                for (String transport : List.of("Post", "Get", "Batch", "Socket")) {
                    assertEquals(expected, seen("Probe" + transport + who), transport + ", " + who);
                }
            }
        }
    }

    private static String seen(String operation) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (System.nanoTime() < deadline) {
            String identity = IdentityProbe.seen(operation + ".identity");
            String editorOnly = IdentityProbe.seen(operation + ".editorOnly");
            if (identity != null && editorOnly != null) {
                return identity + " / " + editorOnly;
            }
            Thread.sleep(20);
        }
        return "seen for " + operation + ": identity " + IdentityProbe.seen(operation + ".identity") + ", editor-only "
                + IdentityProbe.seen(operation + ".editorOnly");
    }
}
