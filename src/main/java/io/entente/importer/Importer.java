package io.entente.importer;

import java.nio.charset.StandardCharsets;
import java.util.List;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.validation.Validator;

import org.jboss.logging.Logger;

import io.entente.auth.Actor;
import io.entente.config.EntenteConfig;
import io.entente.graphql.ApiError;
import io.entente.graphql.ErrorCode;
import io.entente.write.Writes;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;

/**
 * Imports JSON Lines: one object per line, {@code {"type": "Meeting", "input": {...}}}, the input in the shape of
 * the type's mutation input. Lines stream through: a batch of lines is read, checked line by line
 * ({@link LineParser}), imported in one transaction ({@link BatchImport}: set-based where it can be, a savepoint
 * per line where it must), committed, reported, and only then is the next batch read, so memory stays flat
 * whatever the size of the file.
 *
 * <p>A record is matched by its natural key ({@link ImportKinds}); the digest of the line that last wrote it is
 * kept ({@code import_record}), so a line imported again, on a record nobody changed since, writes nothing.
 */
@ApplicationScoped
public class Importer {

    private static final Logger LOG = Logger.getLogger(Importer.class);

    private final Writes writes;
    private final EntenteConfig.Import config;
    private final Jsonb jsonb = JsonbBuilder.create(new JsonbConfig().setProperty("jsonb.fail-on-unknown-properties", true));
    private final LineParser parser;

    public Importer(Writes writes, Validator validator, EntenteConfig config) {
        this.writes = writes;
        this.config = config.importing();
        this.parser = new LineParser(validator, jsonb);
    }

    /** The longest line accepted, in bytes of UTF-8. */
    int maxLineBytes() {
        return (int) Math.min(Integer.MAX_VALUE - 16, config.maxLineSize().asLongValue());
    }

    /** Lines given as text (the mutation's), numbered from 1, each longer than the limit rejected on its own. */
    List<ImportLine> numbered(String[] texts) {
        ImportLine[] lines = new ImportLine[texts.length];
        for (int i = 0; i < texts.length; i++) {
            int bytes = texts[i].length() * 3 <= maxLineBytes() ? texts[i].length() : texts[i].getBytes(StandardCharsets.UTF_8).length;
            lines[i] = bytes <= maxLineBytes() ? ImportLine.of(i + 1, texts[i])
                    : ImportLine.unreadable(i + 1, new ApiError(ErrorCode.BAD_USER_INPUT, "The line has " + bytes + " bytes, more than the "
                            + maxLineBytes() + " a line may have (ENTENTE_IMPORT_MAX_LINE_SIZE); it was skipped."));
        }
        return List.of(lines);
    }

    /** Imports the lines as {@code actor}; emits one result per non-blank line, in input order, batch by batch. */
    public Multi<LineResult> run(Multi<ImportLine> lines, Actor actor) {
        return lines.select().where(line -> !line.blank())
                .group().intoLists().of(config.batchSize())
                .onItem().transformToUniAndConcatenate(batch -> importBatch(batch, actor))
                .onItem().disjoint();
    }

    private Uni<List<LineResult>> importBatch(List<ImportLine> batch, Actor actor) {
        List<Parsed<?>> parsed = batch.stream().<Parsed<?>> map(parser::parse).toList();
        // The import's own statement timeout belongs here, at the start of each batch's transaction
        // (set local statement_timeout), when the application gets one.
        return writes.inTransactionWithSavepoints(actor, tx -> BatchImport.run(tx, parsed))
                .onFailure().recoverWithItem(failure -> {
                    LOG.warnf("A batch of %d import lines could not be committed: %s", parsed.size(), failure.toString());
                    LOG.debug("The batch's failure", failure);
                    // Lines fail alone, inside their savepoints: only the commit, or a lost connection, gets here; nothing of the batch stayed.
                    ApiError error = new ApiError(ErrorCode.CONFLICT, "The batch holding this line could not be committed; import it again.");
                    return parsed.stream().map(line -> line.rejection != null ? line.rejection
                            : LineResult.rejected(line.number, line.type(), line.naturalKey, error)).toList();
                });
    }

    @PreDestroy
    void close() throws Exception {
        jsonb.close();
    }
}
