package io.entente.importer;

import java.io.IOException;
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

/**
 * {@code POST /import}: the bulk import over HTTP, for files of any size. The request body (JSON Lines) is read as
 * the import consumes it, cut into lines each judged on its own ({@link LineSplitter}), and the report goes back as
 * JSON Lines, one result per line as each batch commits, then a summary line, without the import ever waiting for
 * the client to read it ({@link ReportStream}). With curl:
 * {@code curl -T file.jsonl -H 'Transfer-Encoding: chunked' -H "Authorization: Bearer $TOKEN" .../import}.
 */
@ApplicationScoped
public class ImportRoute {

    private static final Logger LOG = Logger.getLogger(ImportRoute.class);

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
        request.pause();
        access.require(Role.EDITOR, request.getHeader("Authorization")).subscribe().with(actor -> {
            context.response().setChunked(true).putHeader("Content-Type", "application/x-ndjson; charset=utf-8");
            ReportStream report = new ReportStream(context.response());
            long started = System.nanoTime();
            int[] counts = new int[ImportOutcome.values().length];
            LineSplitter splitter = new LineSplitter(importer.maxLineBytes());
            Multi<ImportLine> lines = request.toMulti()
                    .onItem().transformToIterable(buffer -> splitter.feed(buffer.getBytes()))
                    .onCompletion().continueWith(splitter::finish);
            importer.run(lines, actor).subscribe().with(
                    result -> {
                        counts[result.outcome.ordinal()]++;
                        report.write(jsonb.toJson(result) + "\n");
                    },
                    failure -> {
                        if (report.closed() || failure instanceof IOException || context.response().closed()) {
                            // the upload was cut off: each batch committed or rolled back whole, each line with it
                            LOG.infof("An import's client went away (%s); the batches before were committed", failure.getMessage());
                            return;
                        }
                        LOG.errorf(failure, "Import failed");
                        report.end(jsonb.toJson(Map.of("error", Map.of("code", "INTERNAL",
                                "message", "The import stopped: see the server log. Lines reported above were committed."))) + "\n");
                    },
                    () -> report.end(jsonb.toJson(Map.of("summary", Map.of(
                            "created", counts[ImportOutcome.CREATED.ordinal()],
                            "updated", counts[ImportOutcome.UPDATED.ordinal()],
                            "unchanged", counts[ImportOutcome.UNCHANGED.ordinal()],
                            "rejected", counts[ImportOutcome.REJECTED.ordinal()],
                            "seconds", (System.nanoTime() - started) / 1e9))) + "\n"));
        }, failure -> {
            ApiError error = failure instanceof ApiError api ? api : new ApiError(ErrorCode.INTERNAL, "Internal error.");
            context.response().setStatusCode(error.code() == ErrorCode.FORBIDDEN ? 403 : 401)
                    .putHeader("Content-Type", "application/json")
                    .end(jsonb.toJson(error.asResponse()));
        });
    }
}
