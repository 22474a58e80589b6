package io.entente.official;

import java.time.LocalDate;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.entente.country.CountryQueries;
import io.entente.db.Batches;
import io.entente.db.Database;
import io.entente.db.Keyed;
import io.entente.paging.Page;
import io.entente.paging.PageQueries;
import io.entente.paging.PageRequest;
import io.entente.paging.SqlQuery;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Tuple;

/** Reads officials and their positions; other features reach them only through here. */
@ApplicationScoped
public class OfficialQueries {

    /**
     * The span of an official's offices (V9: first start, last end or 'infinity') covers the day: a condition that
     * only narrows {@link Position#ACTIVE_ON}, but is read from the official's row or index without a probe.
     */
    private static final String SPAN_COVERS = "o.in_office_from <= %1$s and o.in_office_until > %1$s";
    private static final String BY_KEYS = "select " + Official.COLUMNS + " from official o where o.id = any($1)";
    private static final String POSITIONS = "select %s"
            + " from position p where p.official_id = any($1) order by p.start_date, p.id";
    private static final String POSITIONS_BY_KEYS = "select " + Position.COLUMNS + " from position p where p.id = any($1)";
    private static final String CURRENT_POSITIONS = "select distinct on (p.official_id) %s"
            + " from position p where p.official_id = any($1) and " + Position.ACTIVE_ON.formatted("current_date")
            + " order by p.official_id, p.start_date desc, p.id desc";
    // Per country, officials are read in name order from the index on (country_id, full_name, id), which holds
    // their other columns too (V8), until the limit is reached. The office check is a scalar subquery so that
    // PostgreSQL keeps it a filter on that ordered scan: as EXISTS it became a semi join over all of a country's
    // officials, then a sort (6,000 for the largest at scale M, 16 ms against 1.6 ms). entente_batch_keys (V8)
    // lets PostgreSQL keep one plan for any number of countries. The span of the official's offices, in the same
    // index (V9), rules out those whose offices all lie before or after the day without probing their positions.
    private static final String OF_COUNTRIES = "select parent.key as parent, o.* from unnest(entente_batch_keys($1)) as parent(key)"
            + " cross join lateral (select %s from official o where o.country_id = parent.key"
            + " and " + SPAN_COVERS.formatted("$2")
            + " and (select true from position p where p.official_id = o.id and " + Position.ACTIVE_ON.formatted("$2")
            + " limit 1) order by o.full_name, o.id limit $3) o";

    private final Database db;
    private final PageQueries pages;

    public OfficialQueries(Database db, PageQueries pages) {
        this.db = db;
        this.pages = pages;
    }

    public Uni<List<Official>> byKeys(List<Long> keys) {
        return db.list(BY_KEYS, Tuple.of(Batches.distinct(keys, k -> k)), Official::from)
                .map(rows -> Batches.align(keys, rows, Official::key));
    }

    public Uni<List<Position>> positionsByKeys(List<Long> keys) {
        return db.list(POSITIONS_BY_KEYS, Tuple.of(Batches.distinct(keys, k -> k)), Position::from)
                .map(rows -> Batches.align(keys, rows, Position::key));
    }

    public Uni<List<List<Position>>> positionsOf(List<Long> officialKeys) {
        return db.list(POSITIONS.formatted(Position.SELECT.forBatch("")),
                Tuple.of(Batches.distinct(officialKeys, k -> k)), Position::from)
                .map(rows -> Batches.group(officialKeys, rows, p -> p.officialKey));
    }

    public Uni<List<Position>> currentPositionsOf(List<Long> officialKeys) {
        return db.list(CURRENT_POSITIONS.formatted(Position.SELECT.forBatch("")),
                Tuple.of(Batches.distinct(officialKeys, k -> k)),
                Position::from)
                .map(rows -> Batches.align(officialKeys, rows, p -> p.officialKey));
    }

    /** Each country's officials in office on a day, by name, at most {@code limit} per country. */
    public Uni<List<List<Official>>> inOfficeOf(List<Long> countryKeys, LocalDate on, int limit) {
        return db.list(OF_COUNTRIES.formatted(Official.SELECT.forBatch("")),
                Tuple.of(Batches.distinct(countryKeys, k -> k), on, limit),
                row -> new Keyed<>(row.getLong("parent"), Official.from(row)))
                .map(rows -> Batches.groupKeyed(countryKeys, rows));
    }

    public Uni<Page<Official>> page(OfficialFilter filter, PageRequest<Official> request) {
        SqlQuery sql = new SqlQuery();
        if (filter != null) {
            if (filter.nameContains != null && !filter.nameContains.isBlank()) {
                String pattern = sql.param(SqlQuery.containsPattern(filter.nameContains));
                sql.where("(o.full_name ilike " + pattern + " or exists (select 1 from unnest(o.aliases) alias where alias ilike "
                        + pattern + "))");
            }
            if (filter.countryCode != null) {
                sql.where("o.country_id = (" + CountryQueries.keyOfCode(sql, filter.countryCode) + ")");
            }
            if (filter.positionKind != null || filter.activeOn != null) {
                StringBuilder position = new StringBuilder("exists (select 1 from position p where p.official_id = o.id");
                if (filter.positionKind != null) {
                    position.append(" and p.kind = ").append(sql.param(filter.positionKind.name()));
                }
                if (filter.activeOn != null) {
                    String day = sql.param(filter.activeOn);
                    sql.where(SPAN_COVERS.formatted(day));
                    position.append(" and ").append(Position.ACTIVE_ON.formatted(day));
                }
                sql.where(position.append(')').toString());
            }
        }
        return pages.fetch(Official.SELECT.forRootField("edges/node"), "official o", sql, request,
                Official::from);
    }
}
