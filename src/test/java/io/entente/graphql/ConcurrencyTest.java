package io.entente.graphql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.core.json.JsonObject;

/**
 * graphql-java resolves sibling fields concurrently, and many requests run at once: neither may corrupt
 * another's data. Each response must equal the one the same query gets when it runs alone.
 */
@QuarkusTest
class ConcurrencyTest {

    private static final List<String> QUERIES = List.of("""
            { countries(first: 100) { edges { node {
                alpha2
                officials { fullName currentPosition { title } }
                blocs { code }
                memberships { since until bloc { code } }
                meetings(first: 3) { totalCount edges { node { title participants { official { fullName } } } } }
                hostedMeetings(first: 3) { totalCount edges { node { title } } }
                events(first: 3) { totalCount edges { node { title countries { alpha2 } } } }
                sanctionsImposed { name }
                sanctionsReceived { name history { status changedOn } }
            } } } }""", """
            { meetings(first: 100) { totalCount edges { node {
                title startDate hostCountry { name } countries { alpha2 }
                participants { role official { fullName positions { title } designations { listedOn } } delegationCountry { alpha2 } }
                statements { text speaker { fullName } source { publisher } }
                sources { url }
            } } } }""", """
            { sanctionRegimes { edges { node {
                name status issuer { __typename ... on Bloc { code members { alpha2 } } } target { name }
                measures { measure } history { status changedOn } triggeringEvents { title countries { alpha2 } }
                designations { listedOn official { fullName country { alpha2 } } regime { name } } sources { url }
            } } } }""", """
            { timeline(countryCodes: ["FR", "RU"]) {
                __typename
                ... on Meeting { title participants { official { fullName } } }
                ... on Event { title }
                ... on SanctionStatusChange { status changedOn regime { name } }
            } }""", """
            { search(text: "Minsk", first: 20) {
                __typename
                ... on Meeting { title countries { alpha2 } }
                ... on Event { title triggeredSanctions { name } }
                ... on SanctionRegime { name }
            } }""");

    @TestHTTPResource("/graphql")
    URL endpoint;

    @Test
    void hundredConcurrentMixedRequestsTwentyTimesAllAnswerExactlyAsAlone() throws Exception {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        List<String> expected = new ArrayList<>();
        for (String query : QUERIES) {
            String body = send(client, query).join().body();
            assertFalse(body.contains("\"errors\""), "the query alone fails: " + body);
            expected.add(body);
        }
        for (int round = 1; round <= 20; round++) {
            List<CompletableFuture<HttpResponse<String>>> responses = new ArrayList<>();
            for (int i = 0; i < 100; i++) {
                responses.add(send(client, QUERIES.get(i % QUERIES.size())));
            }
            for (int i = 0; i < responses.size(); i++) {
                HttpResponse<String> response = responses.get(i).join();
                assertEquals(200, response.statusCode());
                assertEquals(expected.get(i % QUERIES.size()), response.body(), "round " + round + ", request " + i);
            }
        }
    }

    private CompletableFuture<HttpResponse<String>> send(HttpClient client, String query) {
        String body = new JsonObject().put("query", query).encode();
        HttpRequest request = HttpRequest.newBuilder(URI.create(endpoint.toString()))
                .timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/json")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
        return client.sendAsync(request, HttpResponse.BodyHandlers.ofString());
    }
}
