package io.entente.http;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.net.URI;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.vertx.core.Vertx;
import io.vertx.core.http.UpgradeRejectedException;
import io.vertx.core.http.WebSocket;
import io.vertx.core.http.WebSocketConnectOptions;

/**
 * Browsers on an allowed origin (the tests' {@code https://app.example}) may call every route: a preflight gets the
 * Access-Control-* headers, and the answers carry Access-Control-Allow-Origin and expose X-Request-Id and ETag.
 * Other origins are refused, the WebSocket upgrade included. The requests carry the headers a browser sends.
 */
@QuarkusTest
class CorsTest {

    static final String ALLOWED = "https://app.example";
    private static final String OTHER = "https://evil.example";

    @TestHTTPResource("/graphql")
    URI graphql;

    @Test
    void aPreflightForAGraphQLPostIsAnswered() {
        Response preflight = preflight("/graphql", "POST", "content-type,authorization");
        assertEquals(200, preflight.statusCode());
        assertEquals(ALLOWED, preflight.header("Access-Control-Allow-Origin"));
        assertEquals("GET,POST,OPTIONS", preflight.header("Access-Control-Allow-Methods"));
        assertEquals("content-type,authorization", preflight.header("Access-Control-Allow-Headers"));
        assertEquals("3600", preflight.header("Access-Control-Max-Age"));
        assertEquals("false", preflight.header("Access-Control-Allow-Credentials"));
    }

    @Test
    void postAndGetAnswersCarryTheOriginAndExposeTheirHeaders() {
        Response post = given().header("Origin", ALLOWED).contentType("application/json")
                .accept("application/graphql-response+json,application/json;q=0.9")
                .body(Map.of("query", "{ country(code: \"FR\") { name } }")).post("/graphql");
        assertEquals(200, post.statusCode());
        assertEquals("France", post.jsonPath().getString("data.country.name"));
        assertEquals(ALLOWED, post.header("Access-Control-Allow-Origin"));
        assertEquals("X-Request-Id,ETag", post.header("Access-Control-Expose-Headers"));
        Response get = given().header("Origin", ALLOWED).queryParam("query", "{ country(code: \"FR\") { name } }")
                .get("/graphql");
        assertEquals(200, get.statusCode());
        assertEquals(ALLOWED, get.header("Access-Control-Allow-Origin"));
        assertEquals("X-Request-Id,ETag", get.header("Access-Control-Expose-Headers"));
    }

    @Test
    void refusalsCarryTheOriginTooSoThatTheBrowserCanReadThem() {
        Response refused = given().header("Origin", ALLOWED).contentType("application/json").body("{ nope")
                .post("/graphql");
        assertEquals(400, refused.statusCode());
        assertEquals(ALLOWED, refused.header("Access-Control-Allow-Origin"));
    }

    @Test
    void theOtherRoutesAnswerPreflightsToo() {
        for (String path : new String[] { "/import", "/q/health/ready", "/graphql/schema.graphql" }) {
            Response preflight = preflight(path, path.equals("/import") ? "POST" : "GET", "authorization");
            assertEquals(200, preflight.statusCode(), path);
            assertEquals(ALLOWED, preflight.header("Access-Control-Allow-Origin"), path);
        }
        assertEquals(ALLOWED, given().header("Origin", ALLOWED).get("/graphql/schema.graphql").header("Access-Control-Allow-Origin"));
        assertEquals(ALLOWED, given().header("Origin", ALLOWED).get("/q/health/live").header("Access-Control-Allow-Origin"));
    }

    @Test
    void anotherOriginIsRefused() {
        Response preflight = preflight("/graphql", "POST", "content-type");
        assertEquals(ALLOWED, preflight.header("Access-Control-Allow-Origin"));
        Response refused = given().header("Origin", OTHER).header("Access-Control-Request-Method", "POST")
                .options("/graphql");
        assertEquals(403, refused.statusCode());
        assertNull(refused.header("Access-Control-Allow-Origin"));
        Response post = given().header("Origin", OTHER).contentType("application/json")
                .body(Map.of("query", "{ __typename }")).post("/graphql");
        assertEquals(403, post.statusCode());
        assertNull(post.header("Access-Control-Allow-Origin"));
    }

    @Test
    void aWebSocketFromAnotherOriginIsRefusedAndFromAnAllowedOneAccepted() throws Exception {
        String socket = graphql.toString().replaceFirst("^http", "ws");
        Vertx vertx = Vertx.vertx();
        try {
            var client = vertx.createHttpClient();
            WebSocket accepted = client.webSocket(options(socket, ALLOWED)).toCompletionStage().toCompletableFuture()
                    .get(10, TimeUnit.SECONDS);
            assertEquals("graphql-transport-ws", accepted.subProtocol());
            accepted.close();
            ExecutionException refused = assertThrows(ExecutionException.class, () -> client.webSocket(options(socket, OTHER))
                    .toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS));
            assertEquals(403, ((UpgradeRejectedException) refused.getCause()).getStatus());
        } finally {
            vertx.close();
        }
    }

    private static WebSocketConnectOptions options(String uri, String origin) {
        return new WebSocketConnectOptions().setAbsoluteURI(uri).addSubProtocol("graphql-transport-ws").addHeader("Origin", origin);
    }

    private static Response preflight(String path, String method, String headers) {
        return given().header("Origin", ALLOWED).header("Access-Control-Request-Method", method)
                .header("Access-Control-Request-Headers", headers).options(path);
    }
}
