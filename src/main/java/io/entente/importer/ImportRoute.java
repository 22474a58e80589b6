package io.entente.importer;

import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;

import org.jboss.logging.Logger;

import io.entente.auth.Access;
import io.entente.auth.Role;
import io.entente.graphql.ApiError;
import io.entente.graphql.ErrorCode;
import io.smallrye.mutiny.Multi;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.mutiny.core.http.HttpServerRequest;
import io.vertx.mutiny.core.http.HttpServerResponse;
import io.vertx.mutiny.core.parsetools.RecordParser;

/**
 * {@code POST /import}: the bulk import over HTTP, for files of any size. The request body (JSON Lines) is read as
 * the import consumes it, and the report streams back as JSON Lines, one result per line as each batch commits,
 * then a summary line. With curl: {@code curl --data-binary @file.jsonl -H "Authorization: Bearer $TOKEN" .../import}.
 */
@ApplicationScoped
public class ImportRoute {

    private static final Logger LOG = Logger.getLogger(ImportRoute.class);
    /** A line longer than this is refused rather than buffered: it would not be a sane record anyway. */
    private static final int MAX_LINE_BYTES = 1024 * 1024;

    private final Importer importer;
    private final Access access;
    private final Jsonb jsonb = JsonbBuilder.create();

    public ImportRoute(Importer importer, Access access) {
        this.importer = importer;
        this.access = access;
    }

    void register(@Observes Router router) {
        router.post("/import").handler(this::handle);
    }

    private void handle(RoutingContext context) {
        HttpServerRequest request = HttpServerRequest.newInstance(context.request());
        HttpServerResponse response = request.response();
        request.pause();
        access.require(Role.EDITOR, request.getHeader("Authorization")).subscribe().with(actor -> {
            response.setChunked(true).putHeader("Content-Type", "application/x-ndjson; charset=utf-8");
            long started = System.nanoTime();
            int[] counts = new int[ImportOutcome.values().length];
            RecordParser parser = RecordParser.newDelimited("\n", request).maxRecordSize(MAX_LINE_BYTES);
            Multi<String> lines = parser.toMulti().map(buffer -> stripCarriageReturn(buffer.toString("UTF-8")));
            importer.run(lines, actor)
                    .onItem().call(result -> {
                        counts[result.outcome.ordinal()]++;
                        return response.write(jsonb.toJson(result) + "\n");
                    })
                    .collect().last()
                    .subscribe().with(
                            last -> response.endAndForget(jsonb.toJson(Map.of("summary", Map.of(
                                    "created", counts[ImportOutcome.CREATED.ordinal()],
                                    "updated", counts[ImportOutcome.UPDATED.ordinal()],
                                    "unchanged", counts[ImportOutcome.UNCHANGED.ordinal()],
                                    "rejected", counts[ImportOutcome.REJECTED.ordinal()],
                                    "seconds", (System.nanoTime() - started) / 1e9))) + "\n"),
                            failure -> {
                                LOG.errorf(failure, "Import failed");
                                response.endAndForget(jsonb.toJson(Map.of("error", Map.of("code", "INTERNAL",
                                        "message", "The import stopped: " + (failure instanceof IllegalStateException
                                                ? failure.getMessage() : "see the server log") + ". Lines reported above were committed."))) + "\n");
                            });
        }, failure -> {
            ApiError error = failure instanceof ApiError api ? api : new ApiError(ErrorCode.INTERNAL, "Internal error.");
            response.setStatusCode(error.code() == ErrorCode.FORBIDDEN ? 403 : 401)
                    .putHeader("Content-Type", "application/json")
                    .endAndForget(jsonb.toJson(error.asResponse()));
        });
    }

    private static String stripCarriageReturn(String line) {
        return line.endsWith("\r") ? line.substring(0, line.length() - 1) : line;
    }
}
