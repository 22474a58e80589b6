package io.entente.graphql;

import static io.restassured.RestAssured.given;

import java.util.HashMap;
import java.util.Map;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

/** Sends GraphQL documents over HTTP the way a frontend does, and returns the JSON response. */
public final class GraphQLClient {

    private GraphQLClient() {
    }

    /** POSTs a document; variables are name/value pairs. Any HTTP status other than 200 fails the test. */
    public static JsonPath query(String document, Object... variables) {
        return queryAs(null, document, variables);
    }

    /** POSTs a document with {@code Authorization: Bearer token} (none when the token is null). */
    public static JsonPath queryAs(String token, String document, Object... variables) {
        Map<String, Object> body = new HashMap<>();
        body.put("query", document);
        Map<String, Object> values = new HashMap<>();
        for (int i = 0; i < variables.length; i += 2) {
            values.put((String) variables[i], variables[i + 1]);
        }
        body.put("variables", values);
        // As a browser's fetch sends it: every well-formed request is answered 200 under application/json.
        var request = given().contentType(ContentType.JSON).accept("application/json").body(body);
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return request.when().post("/graphql")
                .then().statusCode(200)
                .extract().jsonPath();
    }

    /** The same, failing the test if the response has any error. */
    public static JsonPath data(String document, Object... variables) {
        return dataAs(null, document, variables);
    }

    /** {@link #queryAs}, failing the test if the response has any error. */
    public static JsonPath dataAs(String token, String document, Object... variables) {
        JsonPath response = queryAs(token, document, variables);
        Object errors = response.get("errors");
        if (errors != null) {
            throw new AssertionError("Unexpected errors: " + errors);
        }
        return response;
    }
}
