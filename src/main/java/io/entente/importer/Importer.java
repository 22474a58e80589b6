package io.entente.importer;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.json.bind.JsonbException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import org.jboss.logging.Logger;

import io.entente.auth.Actor;
import io.entente.config.EntenteConfig;
import io.entente.graphql.ApiError;
import io.entente.graphql.ErrorCode;
import io.entente.graphql.GlobalId;
import io.entente.write.Tx;
import io.entente.write.Writes;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Tuple;
import io.vertx.pgclient.PgException;

/**
 * Imports JSON Lines: one object per line, {@code {"type": "Meeting", "input": {...}}}, the input in the shape of
 * the type's mutation input. Lines stream through: a batch of lines is read, imported in one transaction (a
 * savepoint per line, so that a rejected line leaves the others of its batch alone), committed, reported, and
 * only then is the next batch read, so memory stays flat whatever the size of the file.
 *
 * <p>A record is matched by its natural key ({@link ImportKinds}); the digest of the line that last wrote it is
 * kept ({@code import_record}), so a line imported again, on a record nobody changed since, writes nothing.
 */
@ApplicationScoped
public class Importer {

    private static final Logger LOG = Logger.getLogger(Importer.class);

    private static final Set<String> LINE_FIELDS = Set.of("type", "input");
    private static final String REMEMBER = "insert into import_record (kind, natural_key, row_id, row_version, digest)"
            + " values ($1, $2, $3, $4, $5) on conflict (kind, natural_key) do update set row_id = excluded.row_id,"
            + " row_version = excluded.row_version, digest = excluded.digest, imported_at = now()";
    private static final String RECALL = "select row_id, row_version, digest from import_record where kind = $1 and natural_key = $2";

    private final Writes writes;
    private final Validator validator;
    private final int batchSize;
    private final Jsonb jsonb = JsonbBuilder.create(new JsonbConfig().setProperty("jsonb.fail-on-unknown-properties", true));

    public Importer(Writes writes, Validator validator,
            EntenteConfig config) {
        this.writes = writes;
        this.validator = validator;
        this.batchSize = config.importing().batchSize();
    }

    /** A line as read: its number (from 1) and text. */
    public record NumberedLine(int number, String text) {
    }

    /** Imports the lines as {@code actor}; emits one result per non-blank line, in input order, batch by batch. */
    public Multi<LineResult> run(Multi<String> lines, Actor actor) {
        AtomicInteger number = new AtomicInteger();
        return lines.map(text -> new NumberedLine(number.incrementAndGet(), text))
                .select().where(line -> !line.text().isBlank())
                .group().intoLists().of(batchSize)
                .onItem().transformToUniAndConcatenate(batch -> importBatch(batch, actor))
                .onItem().disjoint();
    }

    private Uni<List<LineResult>> importBatch(List<NumberedLine> batch, Actor actor) {
        List<Parsed<?>> parsed = batch.stream().<Parsed<?>> map(this::parse).toList();
        return writes.inTransaction(actor, tx -> {
            List<LineResult> results = new ArrayList<>(parsed.size());
            Uni<Void> chain = Uni.createFrom().voidItem();
            for (Parsed<?> line : parsed) {
                chain = chain.chain(() -> importLine(tx, line).invoke(results::add)).replaceWithVoid();
            }
            return chain.replaceWith(results);
        }).onFailure().recoverWithItem(failure -> {
            // Only the commit itself can fail here (lines fail alone, inside their savepoints): nothing of the batch stayed.
            ApiError error = new ApiError(ErrorCode.CONFLICT, "The batch holding this line could not be committed; import it again.");
            return parsed.stream().map(line -> LineResult.rejected(line.number, line.type(), line.naturalKey, error)).toList();
        });
    }

    private <I> Uni<LineResult> importLine(Tx tx, Parsed<I> line) {
        if (line.rejection != null) {
            return Uni.createFrom().item(line.rejection);
        }
        return tx.command("savepoint import_line")
                .chain(() -> apply(tx, line))
                .call(() -> tx.command("release savepoint import_line"))
                .onFailure().recoverWithUni(failure -> tx.command("rollback to savepoint import_line")
                        .replaceWith(LineResult.rejected(line.number, line.type(), line.naturalKey, asApiError(failure))));
    }

    private <I> Uni<LineResult> apply(Tx tx, Parsed<I> line) {
        ImportKind<I> kind = line.kind;
        return Uni.createFrom().deferred(() -> kind.find().apply(tx, line.input))
                .chain(existing -> tx.first(RECALL, Tuple.of(kind.type(), line.naturalKey), row -> row).chain(record -> {
                    boolean unchanged = existing != null && record != null && record.getString("digest").equals(line.digest)
                            && record.getLong("row_id") == existing.key() && record.getInteger("row_version") == existing.version();
                    if (unchanged) {
                        return Uni.createFrom().item(result(line, ImportOutcome.UNCHANGED, existing.key()));
                    }
                    Long key = existing == null ? null : existing.key();
                    Integer version = existing == null ? null : existing.version();
                    return Uni.createFrom().deferred(() -> kind.write().write(tx, line.input, key, version))
                            .chain(written -> tx.first("select version from " + kind.table() + " where id = $1", Tuple.of(written),
                                    row -> row.getInteger("version"))
                                    .chain(newVersion -> tx.execute(REMEMBER, Tuple.of(kind.type(), line.naturalKey, written, newVersion,
                                            line.digest)))
                                    .replaceWith(result(line, existing == null ? ImportOutcome.CREATED : ImportOutcome.UPDATED, written)));
                }));
    }

    private static LineResult result(Parsed<?> line, ImportOutcome outcome, long key) {
        return LineResult.of(line.number, line.type(), line.naturalKey, outcome, GlobalId.of(line.kind.nodeType(), key));
    }

    private static ApiError asApiError(Throwable failure) {
        Throwable translated = failure instanceof PgException pg ? Writes.translate(pg) : failure;
        if (translated instanceof ApiError error) {
            return error;
        }
        LOG.errorf(failure, "Unexpected failure importing a line");
        return new ApiError(ErrorCode.INTERNAL, "The line could not be imported; the failure has been logged.");
    }

    /** A line read and checked before any SQL: either its kind, input, key and digest, or why it is rejected. */
    private static final class Parsed<I> {
        final int number;
        ImportKind<I> kind;
        String rawType;
        I input;
        String naturalKey;
        String digest;
        LineResult rejection;

        Parsed(int number) {
            this.number = number;
        }

        String type() {
            return kind != null ? kind.type() : rawType;
        }

        Parsed<I> reject(ErrorCode code, String field, String message) {
            rejection = LineResult.rejected(number, type(), naturalKey, new ApiError(code, message, field));
            return this;
        }
    }

    private Parsed<?> parse(NumberedLine line) {
        Parsed<Object> parsed = new Parsed<>(line.number());
        JsonObject object;
        try (var reader = Json.createReader(new StringReader(line.text()))) {
            JsonValue value = reader.readValue();
            if (value.getValueType() != JsonValue.ValueType.OBJECT) {
                return parsed.reject(ErrorCode.BAD_USER_INPUT, null, "A line must be a JSON object {\"type\": ..., \"input\": {...}}.");
            }
            object = value.asJsonObject();
        } catch (JsonException e) {
            return parsed.reject(ErrorCode.BAD_USER_INPUT, null, "Not valid JSON: " + firstLine(e.getMessage()));
        }
        for (String field : object.keySet()) {
            if (!LINE_FIELDS.contains(field)) {
                return parsed.reject(ErrorCode.BAD_USER_INPUT, field, "Unknown field \"" + field + "\"; a line has \"type\" and \"input\".");
            }
        }
        parsed.rawType = object.get("type") instanceof jakarta.json.JsonString type ? type.getString() : null;
        @SuppressWarnings("unchecked")
        ImportKind<Object> kind = (ImportKind<Object>) ImportKinds.of(parsed.rawType);
        if (kind == null) {
            return parsed.reject(ErrorCode.BAD_USER_INPUT, "type", "\"type\" must be one of " + ImportKinds.names() + ".");
        }
        parsed.kind = kind;
        if (!(object.get("input") instanceof JsonObject input)) {
            return parsed.reject(ErrorCode.BAD_USER_INPUT, "input", "\"input\" must be an object in the shape of " + kind.type() + "Input.");
        }
        try {
            parsed.input = jsonb.fromJson(input.toString(), kind.input());
        } catch (JsonbException e) {
            return parsed.reject(ErrorCode.BAD_USER_INPUT, "input", "\"input\" does not have the shape of " + kind.type() + "Input: "
                    + withoutClassNames(firstLine(e.getMessage())));
        }
        Set<ConstraintViolation<Object>> violations = validator.validate(parsed.input);
        if (!violations.isEmpty()) {
            ConstraintViolation<Object> first = violations.stream()
                    .min((a, b) -> a.getPropertyPath().toString().compareTo(b.getPropertyPath().toString())).orElseThrow();
            String field = "input." + first.getPropertyPath();
            return parsed.reject(ErrorCode.BAD_USER_INPUT, field, field + ": " + first.getMessage() + ".");
        }
        try {
            parsed.naturalKey = kind.naturalKey().apply(parsed.input);
        } catch (ApiError e) {
            return parsed.reject(e.code(), e.field(), e.getMessage());
        }
        parsed.digest = digest(kind.type() + "\n" + input);
        return parsed;
    }

    private static String digest(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String firstLine(String message) {
        return message == null ? "" : message.lines().findFirst().orElse("");
    }

    /** JSON-B names the Java classes it could not fill; clients know the schema's names. */
    private static String withoutClassNames(String message) {
        return message.replaceAll("(?:[a-z_$][\\w$]*\\.)+([A-Z][\\w$]*)", "$1");
    }

    @PreDestroy
    void close() throws Exception {
        jsonb.close();
    }
}
