package io.entente.graphql;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import jakarta.inject.Inject;
import jakarta.json.Json;

import org.junit.jupiter.api.Test;

import io.quarkus.arc.Arc;
import io.quarkus.arc.ManagedContext;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.graphql.execution.ExecutionResponse;
import io.smallrye.graphql.execution.ExecutionResponseWriter;
import io.smallrye.graphql.execution.ExecutionService;

/**
 * Answers without errors are written by Entente's streaming writer ({@link ResultJson}); SmallRye's standard
 * serialization writes the rest. A client must not be able to tell which: the text over HTTP is the standard one.
 */
@QuarkusTest
class ResponseWritingTest {

    // Every kind of value the schema has: IDs, strings with non-ASCII letters, enums, ints, booleans, dates,
    // date-times, lists of strings, nulls, cursors, nested lists and a union.
    private static final String EVERY_KIND = """
            { country(code: "FR") {
                id name officialName alpha3 region version createdAt updatedAt createdBy updatedBy
                officials(first: 3) { id fullName aliases bornOn createdAt
                  positions { kind title startDate endDate } }
                meetings(first: 3) { totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
                  edges { cursor node { format title startDate endDate city summary
                    participants { role official { fullName } delegationCountry { alpha2 } } } } } }
              search(text: "Minsk") { __typename ... on Meeting { title } ... on Event { title } }
              __typename }""";

    @Inject
    ExecutionService engine;

    @Test
    void theStreamingWriterGivesTheStandardTextForEveryKindOfValue() throws Exception {
        String overHttp = post(EVERY_KIND);
        assertEquals(standardText(EVERY_KIND), overHttp);
        assertTrue(overHttp.contains("\"createdAt\":\""), "the query reached the data");
        assertTrue(overHttp.contains("Minsk"), "the search found the summit");
    }

    @Test
    void answersWithErrorsAreTheStandardText() throws Exception {
        String document = "{ country(code: \"XX\") { name alpha2 } }";
        assertEquals(standardText(document), post(document));
    }

    private static String post(String document) {
        return given().contentType("application/json").accept("application/json").body(Map.of("query", document))
                .post("/graphql").then().statusCode(200).extract().asString();
    }

    /** The answer as SmallRye's own writer prints it, the engine run as the route runs it (in a request context). */
    private String standardText(String document) throws Exception {
        CompletableFuture<String> text = new CompletableFuture<>();
        ManagedContext requestContext = Arc.container().requestContext();
        requestContext.activate();
        Map<String, Object> metadata = new HashMap<>();
        metadata.put("runBlocking", false);
        metadata.put("httpHeaders", Map.of());
        metadata.put("state", requestContext.getState());
        engine.executeAsync(Json.createObjectBuilder().add("query", document).build(), metadata, new ExecutionResponseWriter() {
            @Override
            public void write(ExecutionResponse response) {
                text.complete(response.getExecutionResultAsString());
            }

            @Override
            public void fail(Throwable failure) {
                text.completeExceptionally(failure);
            }
        });
        requestContext.deactivate();
        try {
            return text.get(30, TimeUnit.SECONDS);
        } finally {
            requestContext.activate(metadata.get("state") instanceof io.quarkus.arc.InjectableContext.ContextState state ? state : null);
            requestContext.terminate();
        }
    }
}
