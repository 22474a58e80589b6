package io.entente.http;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;

/**
 * One GraphQL-over-HTTP request's parameters, checked for shape: {@code query} (null when the document is to be
 * found by id), {@code operationName}, {@code variables}, {@code extensions}, and a persisted document's id.
 *
 * @param source the request object as sent, handed to the engine unchanged when it needs nothing filled in
 */
record Operation(String query, String operationName, JsonObject variables, JsonObject extensions, String documentId,
        JsonObject source) {

    /** The object SmallRye's ExecutionService reads ({@code query}, {@code operationName}, {@code variables}). */
    JsonObject forEngine(String document) {
        if (source != null && document.equals(query) && clean(source)) {
            return source;
        }
        JsonObjectBuilder input = Json.createObjectBuilder().add("query", document);
        if (operationName != null) {
            input.add("operationName", operationName);
        }
        if (variables != null) {
            input.add("variables", variables);
        }
        return input.build();
    }

    Operation withQuery(String document) {
        return new Operation(document, operationName, variables, extensions, documentId, null);
    }

    /** True when the object holds no null and no empty operation name, which the engine would misread. */
    private static boolean clean(JsonObject source) {
        for (var entry : source.entrySet()) {
            if (entry.getValue().getValueType() == JsonValue.ValueType.NULL) {
                return false;
            }
        }
        return !"".equals(source.getString("operationName", null));
    }
}
