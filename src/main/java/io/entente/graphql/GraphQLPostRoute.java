package io.entente.graphql;

import java.io.StringReader;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonReaderFactory;
import jakarta.json.JsonValue;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import graphql.ErrorType;
import graphql.ExecutionResult;
import io.entente.graphql.engine.ResultJson;
import io.quarkus.arc.Arc;
import io.quarkus.arc.ManagedContext;
import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.smallrye.graphql.execution.ExecutionResponse;
import io.smallrye.graphql.execution.ExecutionResponseWriter;
import io.smallrye.graphql.execution.ExecutionService;
import io.smallrye.graphql.execution.context.SmallRyeContextManager;
import io.vertx.core.MultiMap;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;

/**
 * Serves the common GraphQL request, a JSON object posted to {@code /graphql}, with the engine SmallRye built,
 * and writes an answer without errors with a streaming writer ({@link ResultJson}).
 *
 * <p>SmallRye's handler copies every answer into a JSON-P object tree before printing it: for the benchmark's
 * three-level nest (155 KB) that tree was a fifth of a request's CPU and most of its garbage. Everything else
 * is SmallRye's, unchanged: the execution (same service, instrumentations, request context and metadata as its
 * handler gives it), answers with errors (its own text, so error bodies stay exactly as documented), and every
 * other kind of request (GET, {@code application/graphql}, batched arrays, other {@code Accept} types, WebSocket
 * upgrades), which this route passes on.
 */
@ApplicationScoped
public class GraphQLPostRoute {

    private static final String GRAPHQL_RESPONSE = "application/graphql-response+json";
    private static final String JSON = "application/json";
    // Json.createReader looks the JSON-P provider up through ServiceLoader on every call, scanning the class path:
    // a tenth of a key lookup's CPU. The factory holds the provider found once.
    private static final JsonReaderFactory READERS = Json.createReaderFactory(Map.of());

    private final long maxBodySize;
    private volatile ExecutionService executionService;

    public GraphQLPostRoute(@ConfigProperty(name = "quarkus.http.limits.max-body-size", defaultValue = "10240K") MemorySize maxBodySize) {
        this.maxBodySize = maxBodySize.asLongValue();
    }

    void register(@Observes Router router) {
        // After the request-id and read-access filters (MIN_VALUE, MIN_VALUE + 1), before SmallRye's route; the body
        // handler marks the body read, so SmallRye's own one passes straight on for requests handed over.
        router.post("/graphql").order(Integer.MIN_VALUE + 2)
                .handler(BodyHandler.create(false).setBodyLimit(maxBodySize))
                .handler(this::handle);
    }

    private void handle(RoutingContext context) {
        String responseType = responseType(context.request().getHeader(HttpHeaders.ACCEPT));
        JsonObject request = responseType == null || !isJson(context.request().getHeader(HttpHeaders.CONTENT_TYPE))
                || !context.queryParams().isEmpty() ? null : jsonObject(context);
        if (request == null) {
            context.next();
            return;
        }
        ManagedContext requestContext = Arc.container().requestContext();
        context.response().endHandler(ignored -> terminate(requestContext))
                .closeHandler(ignored -> terminate(requestContext))
                .exceptionHandler(ignored -> terminate(requestContext));
        if (!requestContext.isActive()) {
            requestContext.activate();
        }
        try {
            Arc.container().instance(CurrentVertxRequest.class).get().setCurrent(context);
            context.response().putHeader(HttpHeaders.CONTENT_TYPE, responseType);
            executionService().executeAsync(request, metadata(context, requestContext), new Writer(context));
            SmallRyeContextManager.clearCurrentSmallRyeContext();
            requestContext.deactivate();
        } catch (RuntimeException e) {
            terminate(requestContext);
            throw e;
        }
    }

    /** The content type SmallRye's handler would answer with, or null for an {@code Accept} left to it. */
    private static String responseType(String accept) {
        if (accept == null || accept.trim().equals("*/*")) {
            return GRAPHQL_RESPONSE + "; charset=UTF-8";
        }
        String type = accept.trim();
        return type.equals(JSON) || type.equals(GRAPHQL_RESPONSE) ? type : null;
    }

    private static boolean isJson(String contentType) {
        if (contentType == null) {
            return false;
        }
        String type = contentType.toLowerCase();
        return type.equals(JSON) || type.replace(" ", "").equals(JSON + ";charset=utf-8");
    }

    private static JsonObject jsonObject(RoutingContext context) {
        String body = context.body().asString();
        if (body == null) {
            return null;
        }
        try (JsonReader reader = READERS.createReader(new StringReader(body))) {
            JsonValue value = reader.readValue();
            return value.getValueType() == JsonValue.ValueType.OBJECT ? value.asJsonObject() : null;
        } catch (JsonException e) {
            return null; // SmallRye answers malformed bodies its own way
        }
    }

    /** What SmallRye's handler passes with a request: the headers, and the request context to carry along. */
    private static Map<String, Object> metadata(RoutingContext context, ManagedContext requestContext) {
        Map<String, List<String>> headers = new HashMap<>();
        MultiMap all = context.request().headers();
        for (String name : all.names()) {
            headers.put(name, all.getAll(name));
        }
        Map<String, Object> metadata = new HashMap<>();
        metadata.put("runBlocking", false);
        metadata.put("httpHeaders", headers);
        metadata.put("state", requestContext.getState());
        return metadata;
    }

    private ExecutionService executionService() {
        if (executionService == null) {
            executionService = Arc.container().instance(ExecutionService.class).get();
        }
        return executionService;
    }

    private static void terminate(ManagedContext requestContext) {
        SmallRyeContextManager.clearCurrentSmallRyeContext();
        requestContext.terminate();
    }

    /** Writes an answer as SmallRye's handler does, only faster when it has no errors. */
    private record Writer(RoutingContext context) implements ExecutionResponseWriter {

        @Override
        public void write(ExecutionResponse answer) {
            HttpServerResponse response = context.response();
            ExecutionResult result = answer.getExecutionResult();
            if (result.isDataPresent() && result.getErrors().stream().anyMatch(e -> e.getErrorType() == ErrorType.ExecutionAborted)) {
                response.setStatusCode(500).end(); // as SmallRye's handler does
                return;
            }
            response.setStatusCode(200).setStatusMessage("OK");
            boolean plain = result.getErrors().isEmpty() && result.isDataPresent()
                    && (result.getExtensions() == null || result.getExtensions().isEmpty());
            Buffer json = plain ? ResultJson.write(result.getData()) : null;
            response.end(json != null ? json : Buffer.buffer(answer.getExecutionResultAsString()));
        }

        @Override
        public void fail(Throwable failure) {
            context.fail(failure); // as SmallRye's handler does
        }
    }
}
