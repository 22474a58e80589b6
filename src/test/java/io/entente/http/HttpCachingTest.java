package io.entente.http;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.zip.GZIPInputStream;

import org.junit.jupiter.api.Test;

import io.entente.auth.TestTokens;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/**
 * Anonymous GET queries are cacheable (a weak ETag, {@code Cache-Control: public, max-age=5}, 304 on
 * {@code If-None-Match}); answers with errors and answers to a caller with a token are not; answers of 1 KB and
 * more are gzip-compressed when the client accepts it, shorter ones are not ({@code Content-Encoding: identity}).
 */
@QuarkusTest
class HttpCachingTest {

    private static final String FRANCE = "{ country(code: \"FR\") { name alpha3 } }";
    private static final String COUNTRIES = "{ countries(first: 50) { edges { node { name alpha3 region } } } }";

    @TestHTTPResource("/graphql")
    URI graphql;

    @Test
    void anAnonymousQueryOverGetHasAnETagAndIsAnswered304WhenItMatches() {
        Response first = get(FRANCE, Map.of());
        assertEquals(200, first.statusCode());
        assertEquals("public, max-age=5", first.header("Cache-Control"));
        assertEquals("Accept, Accept-Encoding, Authorization", first.header("Vary"));
        String tag = first.header("ETag");
        assertTrue(tag.matches("W/\"[0-9a-f]{32}\""), tag);
        assertEquals(tag, get(FRANCE, Map.of()).header("ETag"), "the same answer, the same tag");

        Response again = get(FRANCE, Map.of("If-None-Match", tag));
        assertEquals(304, again.statusCode());
        assertEquals("", again.asString());
        assertEquals(tag, again.header("ETag"));
        assertEquals(200, get(FRANCE, Map.of("If-None-Match", "W/\"0123\"")).statusCode());
        assertEquals(304, get(FRANCE, Map.of("If-None-Match", "\"x\", " + tag.substring(2))).statusCode());
    }

    @Test
    void answersWithErrorsAndAnswersToATokenAreNotStored() {
        Response error = get("{ country(code: \"XX\") { name } }", Map.of());
        assertEquals(200, error.statusCode());
        assertEquals("no-store", error.header("Cache-Control"));
        assertNull(error.header("ETag"));
        Response authenticated = get(FRANCE, Map.of("Authorization", "Bearer " + TestTokens.editor()));
        assertEquals(200, authenticated.statusCode());
        assertEquals("no-store", authenticated.header("Cache-Control"));
        assertNull(authenticated.header("ETag"));
        assertEquals("Accept, Accept-Encoding, Authorization", authenticated.header("Vary"));
        Response post = given().contentType("application/json").body(Map.of("query", FRANCE)).post("/graphql");
        assertNull(post.header("ETag"));
        assertNull(post.header("Cache-Control"));
    }

    @Test
    void longAnswersAreGzippedWhenAcceptedAndShortOnesAreNot() throws Exception {
        HttpClient client = HttpClient.newHttpClient();
        HttpResponse<byte[]> compressed = client.send(request(COUNTRIES, "gzip"), HttpResponse.BodyHandlers.ofByteArray());
        assertEquals("gzip", compressed.headers().firstValue("Content-Encoding").orElse(null));
        String text = new String(new GZIPInputStream(new ByteArrayInputStream(compressed.body())).readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(text.startsWith("{\"data\":{\"countries\":{\"edges\":[{\"node\":{"), text);
        assertTrue(text.length() > 1024 && compressed.body().length < text.length() / 2,
                text.length() + " characters sent as " + compressed.body().length + " bytes");

        HttpResponse<byte[]> plain = client.send(request(COUNTRIES, null), HttpResponse.BodyHandlers.ofByteArray());
        assertNull(plain.headers().firstValue("Content-Encoding").orElse(null));
        assertEquals(text, new String(plain.body(), StandardCharsets.UTF_8));

        HttpResponse<byte[]> small = client.send(request(FRANCE, "gzip"), HttpResponse.BodyHandlers.ofByteArray());
        assertEquals("identity", small.headers().firstValue("Content-Encoding").orElse(null));
        assertEquals("{\"data\":{\"country\":{\"name\":\"France\",\"alpha3\":\"FRA\"}}}", new String(small.body(), StandardCharsets.UTF_8));

        HttpResponse<byte[]> posted = client.send(HttpRequest.newBuilder(graphql).header("Content-Type", "application/json")
                .header("Accept-Encoding", "gzip").POST(HttpRequest.BodyPublishers.ofString("{\"query\": \"" + COUNTRIES.replace("\"", "\\\"") + "\"}"))
                .build(), HttpResponse.BodyHandlers.ofByteArray());
        assertEquals("gzip", posted.headers().firstValue("Content-Encoding").orElse(null));
        assertNotNull(posted.body());
    }

    private HttpRequest request(String document, String acceptEncoding) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(graphql + "?query="
                + URLEncoder.encode(document, StandardCharsets.UTF_8)));
        if (acceptEncoding != null) {
            request.header("Accept-Encoding", acceptEncoding);
        }
        return request.GET().build();
    }

    private static Response get(String document, Map<String, String> headers) {
        return given().headers(headers).queryParam("query", document).get("/graphql").then().extract().response();
    }
}
