package io.entente.http;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonReaderFactory;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import io.entente.graphql.ErrorCode;
import io.vertx.core.MultiMap;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;

/**
 * Reads the GraphQL-over-HTTP request parameters from a GET's URL or a POST's body ({@code application/json}: an
 * object, or an array of them for a batch; {@code application/graphql}: the document itself), refusing with a 4xx
 * whatever is not a well-formed request.
 */
final class RequestParser {

    // Json.createReader looks the JSON-P provider up through ServiceLoader on every call, scanning the class path:
    // a tenth of a key lookup's CPU. The factory holds the provider found once.
    private static final JsonReaderFactory READERS = Json.createReaderFactory(Map.of());

    private RequestParser() {
    }

    /** The operations of a POST: one, or several for a JSON array (a batch). */
    static Operations post(RoutingContext context, int maxBatch) {
        String contentType = context.request().getHeader(HttpHeaders.CONTENT_TYPE);
        String type = contentType == null ? "" : contentType.split(";")[0].trim().toLowerCase();
        if (contentType == null) {
            throw new Refusal(415, ErrorCode.BAD_USER_INPUT,
                    "A POST needs a Content-Type header: send the request as application/json.");
        }
        if (!type.equals("application/json") && !type.equals("application/graphql") || !utf8(contentType)) {
            throw new Refusal(415, ErrorCode.BAD_USER_INPUT, "Unsupported Content-Type " + contentType
                    + ": send the request as application/json (UTF-8).");
        }
        String body = context.body().asString("UTF-8");
        if (body == null || body.isBlank()) {
            throw Refusal.badRequest("The request has no body: send {\"query\": \"...\"}.");
        }
        if (type.equals("application/graphql")) {
            return new Operations(List.of(new Operation(body, null, null, null, null, null)), false);
        }
        JsonValue value;
        try (JsonReader reader = READERS.createReader(new StringReader(body))) {
            value = reader.readValue();
        } catch (JsonException | IllegalStateException e) {
            throw Refusal.badRequest("The request body is not valid JSON.");
        }
        if (value.getValueType() == JsonValue.ValueType.OBJECT) {
            return new Operations(List.of(operation(value.asJsonObject())), false);
        }
        if (value.getValueType() != JsonValue.ValueType.ARRAY) {
            throw Refusal.badRequest("The request body must be a JSON object with a \"query\", or an array of them.");
        }
        var array = value.asJsonArray();
        if (array.isEmpty()) {
            throw Refusal.badRequest("The batch is empty: send at least one operation.");
        }
        if (array.size() > maxBatch) {
            throw Refusal.badRequest("The batch holds " + array.size() + " operations, over the limit of " + maxBatch
                    + " (setting ENTENTE_HTTP_BATCH_MAX_OPERATIONS).");
        }
        List<Operation> operations = new ArrayList<>(array.size());
        for (int i = 0; i < array.size(); i++) {
            if (array.get(i).getValueType() != JsonValue.ValueType.OBJECT) {
                throw Refusal.badRequest("Operation " + i + " of the batch is not a JSON object.");
            }
            operations.add(operation(array.getJsonObject(i)));
        }
        return new Operations(operations, true);
    }

    /** The operation of a GET: {@code variables} and {@code extensions} are JSON-encoded; empty means absent. */
    static Operation get(RoutingContext context) {
        MultiMap parameters = context.queryParams();
        String query = blankToNull(parameters.get("query"));
        String operationName = blankToNull(parameters.get("operationName"));
        JsonObject variables = jsonParameter(parameters.get("variables"), "variables");
        JsonObject extensions = jsonParameter(parameters.get("extensions"), "extensions");
        String documentId = blankToNull(parameters.get("documentId"));
        return checked(new Operation(query, operationName, variables, extensions, documentId, null));
    }

    private static Operation operation(JsonObject object) {
        String query = string(object, "query");
        String operationName = blankToNull(string(object, "operationName"));
        JsonObject variables = object(object, "variables");
        JsonObject extensions = object(object, "extensions");
        String documentId = string(object, "documentId");
        if (documentId == null) {
            documentId = string(object, "doc_id"); // what relay-compiler's documentation has clients send
        }
        return checked(new Operation(query, operationName, variables, extensions, documentId, object));
    }

    private static Operation checked(Operation operation) {
        if (operation.query() == null && operation.documentId() == null && PersistedDocuments.hash(operation) == null) {
            throw Refusal.badRequest("The request has no \"query\": send the GraphQL document as a string in \"query\".");
        }
        return operation;
    }

    private static String string(JsonObject object, String name) {
        JsonValue value = object.get(name);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        if (value.getValueType() != JsonValue.ValueType.STRING) {
            throw Refusal.badRequest("\"" + name + "\" must be a string.");
        }
        return ((JsonString) value).getString();
    }

    private static JsonObject object(JsonObject object, String name) {
        JsonValue value = object.get(name);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        if (value.getValueType() != JsonValue.ValueType.OBJECT) {
            throw Refusal.badRequest("\"" + name + "\" must be a JSON object (a map of names to values).");
        }
        return value.asJsonObject();
    }

    private static JsonObject jsonParameter(String text, String name) {
        if (text == null || text.isEmpty()) {
            return null;
        }
        try (JsonReader reader = READERS.createReader(new StringReader(text))) {
            JsonValue value = reader.readValue();
            if (value.getValueType() == JsonValue.ValueType.NULL) {
                return null;
            }
            if (value.getValueType() == JsonValue.ValueType.OBJECT) {
                return value.asJsonObject();
            }
        } catch (JsonException | IllegalStateException e) {
            // answered below
        }
        throw Refusal.badRequest("The \"" + name + "\" parameter must be a JSON object, URL-encoded.");
    }

    private static String blankToNull(String value) {
        return value == null || value.isEmpty() ? null : value;
    }

    private static boolean utf8(String contentType) {
        int charset = contentType.toLowerCase().indexOf("charset=");
        if (charset < 0) {
            return true;
        }
        String name = contentType.substring(charset + 8).split(";")[0].trim().replace("\"", "");
        return name.equalsIgnoreCase("utf-8") || name.equalsIgnoreCase("utf8");
    }

    /** The operations of one request, and whether they came as an array (answered as an array). */
    record Operations(List<Operation> list, boolean batch) {
    }
}
