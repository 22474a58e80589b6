package io.entente.source;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.entente.db.Batches;
import io.entente.db.Database;
import io.entente.db.Keyed;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Tuple;

/** Reads sources, and the sources cited by meetings, events and sanction regimes. */
@ApplicationScoped
public class SourceQueries {

    /** The link tables through which records cite their sources. */
    public enum CitedBy {
        MEETING("meeting_source", "meeting_id"),
        EVENT("event_source", "event_id"),
        SANCTION_REGIME("sanction_regime_source", "regime_id");

        final String sql;

        CitedBy(String table, String ownerColumn) {
            this.sql = "select link." + ownerColumn + " as parent, " + Source.COLUMNS + " from " + table
                    + " link join source s on s.id = link.source_id where link." + ownerColumn
                    + " = any($1) order by s.published_on nulls last, s.id";
        }
    }

    private static final String BY_KEYS = "select " + Source.COLUMNS + " from source s where s.id = any($1)";

    private final Database db;

    public SourceQueries(Database db) {
        this.db = db;
    }

    public Uni<List<Source>> byKeys(List<Long> keys) {
        return db.list(BY_KEYS, Tuple.of(Batches.distinct(keys, k -> k)), Source::from)
                .map(rows -> Batches.align(keys, rows, Source::key));
    }

    public Uni<List<List<Source>>> citedBy(CitedBy owner, List<Long> ownerKeys) {
        return db.list(owner.sql, Tuple.of(Batches.distinct(ownerKeys, k -> k)),
                row -> new Keyed<>(row.getLong("parent"), Source.from(row)))
                .map(rows -> Batches.groupKeyed(ownerKeys, rows));
    }
}
