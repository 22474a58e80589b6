package io.entente.http;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.json.Json;
import jakarta.json.JsonObject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import io.entente.config.EntenteConfig;
import io.entente.graphql.ApiError;
import io.entente.graphql.BatchBudget;
import io.entente.graphql.DocumentLimits;
import io.entente.graphql.ErrorCode;
import io.entente.graphql.HttpExchange;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.graphql.execution.ExecutionResponse;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;

/**
 * The GraphQL-over-HTTP endpoint, {@code GET} and {@code POST /graphql}: reads the request ({@link RequestParser}),
 * chooses the answer's media type ({@link MediaType}), finds persisted documents ({@link PersistedDocuments}), runs
 * the operations with SmallRye's engine ({@link Engine}) and writes the answers with the status the spec asks for
 * ({@link Answer}), cached when they may be ({@link HttpCaching}) and compressed when they are long enough. A JSON
 * array of operations is a batch, answered as an array in the same order. Anything refused on the way gets a 4xx and a
 * GraphQL error with {@code extensions.code}. WebSocket upgrades (subscriptions) stay with SmallRye's handler.
 */
@ApplicationScoped
public class GraphQLHttpRoute {

    private static final Logger LOG = Logger.getLogger(GraphQLHttpRoute.class);
    /**
     * After Quarkus' CORS filter (-300), authentication (-200), HTTP permissions (-100), SmallRye's WebSocket upgrade
     * handler (-99) and the read-access filter (-98); before SmallRye's own route for this path, which it replaces.
     */
    static final int ORDER = -97;
    static final String ALLOW = "GET, POST, OPTIONS";

    private final Engine engine;
    private final PersistedDocuments persisted;
    private final EntenteConfig.Limits limits;
    private final MeterRegistry registry;
    private final HttpCaching caching;
    private final int maxBatch;
    private final long maxBodySize;
    private final int compressAbove;
    private final boolean compression;
    private final boolean streamingWriter;

    public GraphQLHttpRoute(Engine engine, PersistedDocuments persisted, EntenteConfig config, MeterRegistry registry,
            @ConfigProperty(name = "quarkus.http.limits.max-body-size", defaultValue = "10240K") MemorySize maxBodySize,
            @ConfigProperty(name = "quarkus.http.enable-compression", defaultValue = "false") boolean compression,
            @ConfigProperty(name = "entente.engine.replacements-enabled", defaultValue = "true") boolean streamingWriter) {
        this.engine = engine;
        this.persisted = persisted;
        EntenteConfig.Http settings = config.http();
        this.limits = config.limits();
        this.registry = registry;
        this.caching = new HttpCaching(settings.cache().maxAge());
        this.maxBatch = settings.batch().maxOperations();
        this.maxBodySize = maxBodySize.asLongValue();
        this.compressAbove = settings.compression().minSize();
        this.compression = compression;
        this.streamingWriter = streamingWriter;
    }

    void register(@Observes Router router) {
        router.route("/graphql").order(ORDER)
                .handler(BodyHandler.create(false).setBodyLimit(maxBodySize))
                .handler(this::handle)
                .failureHandler(this::failed);
    }

    private void handle(RoutingContext context) {
        HttpMethod method = context.request().method();
        if ("websocket".equalsIgnoreCase(context.request().getHeader(HttpHeaders.UPGRADE))) {
            context.next();
            return;
        }
        if (method == HttpMethod.OPTIONS) {
            context.response().putHeader(HttpHeaders.ALLOW, ALLOW).setStatusCode(204).end();
            return;
        }
        MediaType type = MediaType.forAccept(context.request().getHeader(HttpHeaders.ACCEPT));
        try {
            if (method != HttpMethod.GET && method != HttpMethod.POST) {
                throw new Refusal(405, ErrorCode.BAD_USER_INPUT, "GraphQL requests are sent with POST (or GET for queries).",
                        Map.of(HttpHeaders.ALLOW.toString(), ALLOW));
            }
            if (type == null) {
                throw new Refusal(406, ErrorCode.BAD_USER_INPUT, "The Accept header admits no type this endpoint answers"
                        + " in: accept application/graphql-response+json or application/json.");
            }
            boolean get = method == HttpMethod.GET;
            RequestParser.Operations operations = get
                    ? new RequestParser.Operations(List.of(RequestParser.get(context)), false)
                    : RequestParser.post(context, maxBatch);
            run(context, type, get, operations);
        } catch (Refusal refusal) {
            refuse(context, type == null ? MediaType.JSON : type, refusal);
        }
    }

    private void run(RoutingContext context, MediaType type, boolean get, RequestParser.Operations operations) {
        List<String> documents = new ArrayList<>(operations.list().size());
        List<JsonObject> inputs = new ArrayList<>(operations.list().size());
        List<Map<String, Object>> extras = new ArrayList<>(operations.list().size());
        List<HttpExchange> exchanges = new ArrayList<>(operations.list().size());
        BatchBudget budget = operations.batch() ? new BatchBudget() : null;
        for (Operation sent : operations.list()) {
            Operation operation = persisted.resolve(sent);
            ApiError tooLarge = DocumentLimits.exceeded(operation.query(), limits);
            if (tooLarge != null) {
                throw new Refusal(type == MediaType.GRAPHQL_RESPONSE ? 400 : 200, tooLarge.code(), tooLarge.getMessage());
            }
            HttpExchange exchange = new HttpExchange(get);
            documents.add(operation.query());
            inputs.add(operation.forEngine(operation.query()));
            exchanges.add(exchange);
            extras.add(budget == null ? Map.of(HttpExchange.KEY, exchange) : Map.of(HttpExchange.KEY, exchange, BatchBudget.KEY, budget));
        }
        List<CompletableFuture<ExecutionResponse>> answers = engine.execute(context, inputs, extras);
        CompletableFuture.allOf(answers.toArray(CompletableFuture[]::new)).whenComplete((ignored, failure) -> {
            if (failure != null) {
                internal(context, type, failure);
                return;
            }
            try {
                List<Answer> written = new ArrayList<>(answers.size());
                for (int i = 0; i < answers.size(); i++) {
                    written.add(Answer.of(answers.get(i).join(), exchanges.get(i), type, documents.get(i), streamingWriter));
                }
                if (operations.batch()) {
                    writeBatch(context, type, written);
                } else {
                    write(context, type, get, written.get(0));
                }
            } catch (RuntimeException e) {
                internal(context, type, e);
            }
        });
    }

    private void write(RoutingContext context, MediaType type, boolean get, Answer answer) {
        HttpServerResponse response = context.response().setStatusCode(answer.status())
                .putHeader(HttpHeaders.CONTENT_TYPE, type.contentType);
        if (answer.status() == 405) {
            response.putHeader(HttpHeaders.ALLOW, "POST");
        }
        if (get && caching.notModified(context.request(), response, answer)) {
            response.setStatusCode(304).end();
            return;
        }
        end(context, response, answer.json());
    }

    private void writeBatch(RoutingContext context, MediaType type, List<Answer> answers) {
        Buffer json = Buffer.buffer(answers.stream().mapToInt(answer -> answer.json().length()).sum() + answers.size() + 1);
        json.appendByte((byte) '[');
        for (int i = 0; i < answers.size(); i++) {
            if (i > 0) {
                json.appendByte((byte) ',');
            }
            json.appendBuffer(answers.get(i).json());
        }
        json.appendByte((byte) ']');
        end(context, context.response().setStatusCode(200).putHeader(HttpHeaders.CONTENT_TYPE, type.contentType), json);
    }

    /** Ends the response; shorter answers go uncompressed, marked {@code Content-Encoding: identity} as Quarkus does. */
    private void end(RoutingContext context, HttpServerResponse response, Buffer json) {
        if (compression && json.length() < compressAbove && context.request().getHeader(HttpHeaders.ACCEPT_ENCODING) != null) {
            response.putHeader(HttpHeaders.CONTENT_ENCODING, HttpHeaders.IDENTITY);
        }
        response.end(json);
    }

    private void refuse(RoutingContext context, MediaType type, Refusal refusal) {
        registry.counter("entente.graphql.errors", "code", refusal.code.name()).increment();
        HttpServerResponse response = context.response().setStatusCode(refusal.status)
                .putHeader(HttpHeaders.CONTENT_TYPE, type.contentType)
                .putHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        refusal.headers.forEach(response::putHeader);
        end(context, response, errorBody(refusal.getMessage(), refusal.code));
    }

    private void internal(RoutingContext context, MediaType type, Throwable failure) {
        LOG.error("GraphQL execution failed", failure);
        refuse(context, type, new Refusal(500, ErrorCode.INTERNAL, "Internal error; it has been logged."));
    }

    /** A failure before the handler answered: a body over the size limit (413), or an unexpected exception. */
    private void failed(RoutingContext context) {
        if (context.response().ended()) {
            return;
        }
        MediaType type = MediaType.forAccept(context.request().getHeader(HttpHeaders.ACCEPT));
        type = type == null ? MediaType.JSON : type;
        if (context.statusCode() == 413) {
            refuse(context, type, new Refusal(413, ErrorCode.BAD_USER_INPUT, "The request body is over the limit of "
                    + maxBodySize + " bytes (setting QUARKUS_HTTP_LIMITS_MAX_BODY_SIZE)."));
        } else if (context.failure() instanceof Refusal refusal) {
            refuse(context, type, refusal);
        } else {
            internal(context, type, context.failure() != null ? context.failure() : new IllegalStateException("status " + context.statusCode()));
        }
    }

    static Buffer errorBody(String message, ErrorCode code) {
        JsonObject body = Json.createObjectBuilder().add("errors", Json.createArrayBuilder().add(Json.createObjectBuilder()
                .add("message", message).add("extensions", Json.createObjectBuilder().add("code", code.name())))).build();
        return Buffer.buffer(body.toString());
    }
}
