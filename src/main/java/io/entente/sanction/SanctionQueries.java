package io.entente.sanction;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.entente.bloc.Bloc;
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

/** Reads sanction regimes, their measures, history and designations. */
@ApplicationScoped
public class SanctionQueries {

    private static final String SELECT = "select " + SanctionRegime.COLUMNS + " from sanction_regime r";
    private static final String ORDER = " order by r.adopted_on desc, r.id desc";

    /** The regime columns a regime is found by, for the batch loaders of other features. */
    enum RegimeLink {
        ISSUER_COUNTRY("r.issuer_country_id"),
        ISSUER_BLOC("r.issuer_bloc_id"),
        TARGET("r.target_country_id");

        final String sql;

        RegimeLink(String column) {
            this.sql = SELECT + " where " + column + " = any($1)" + ORDER;
        }
    }

    private final Database db;
    private final PageQueries pages;

    public SanctionQueries(Database db, PageQueries pages) {
        this.db = db;
        this.pages = pages;
    }

    public Uni<List<SanctionRegime>> byKeys(List<Long> keys) {
        return db.list(SELECT + " where r.id = any($1)", Tuple.of(Batches.distinct(keys, k -> k)), SanctionRegime::from)
                .map(rows -> Batches.align(keys, rows, SanctionRegime::key));
    }

    Uni<List<List<SanctionRegime>>> regimesBy(RegimeLink link, List<Long> keys) {
        return db.list(link.sql, Tuple.of(Batches.distinct(keys, k -> k)), SanctionRegime::from)
                .map(rows -> Batches.group(keys, rows, switch (link) {
                    case ISSUER_COUNTRY -> r -> r.issuerCountryKey;
                    case ISSUER_BLOC -> r -> r.issuerBlocKey;
                    case TARGET -> r -> r.targetCountryKey;
                }));
    }

    Uni<List<List<SanctionRegime>>> triggeredBy(List<Long> eventKeys) {
        return db.list("select sre.event_id as parent, " + SanctionRegime.COLUMNS
                + " from sanction_regime_event sre join sanction_regime r on r.id = sre.regime_id where sre.event_id = any($1)"
                + ORDER, Tuple.of(Batches.distinct(eventKeys, k -> k)),
                row -> new Keyed<>(row.getLong("parent"), SanctionRegime.from(row)))
                .map(rows -> Batches.groupKeyed(eventKeys, rows));
    }

    Uni<List<List<SanctionRegime>>> citing(List<Long> sourceKeys) {
        return db.list("select rs.source_id as parent, " + SanctionRegime.COLUMNS
                + " from sanction_regime_source rs join sanction_regime r on r.id = rs.regime_id where rs.source_id = any($1)"
                + ORDER, Tuple.of(Batches.distinct(sourceKeys, k -> k)),
                row -> new Keyed<>(row.getLong("parent"), SanctionRegime.from(row)))
                .map(rows -> Batches.groupKeyed(sourceKeys, rows));
    }

    public Uni<List<SanctionStatusChange>> statusChangesByKeys(List<Long> keys) {
        return db.list("select " + SanctionStatusChange.COLUMNS + " from sanction_status_change sc where sc.id = any($1)",
                Tuple.of(Batches.distinct(keys, k -> k)), SanctionStatusChange::from)
                .map(rows -> Batches.align(keys, rows, c -> c.id));
    }

    Uni<List<List<SanctionStatusChange>>> historyOf(List<Long> regimeKeys) {
        return db.list("select " + SanctionStatusChange.COLUMNS
                + " from sanction_status_change sc where sc.regime_id = any($1) order by sc.changed_on, sc.id",
                Tuple.of(Batches.distinct(regimeKeys, k -> k)), SanctionStatusChange::from)
                .map(rows -> Batches.group(regimeKeys, rows, c -> c.regimeKey));
    }

    Uni<List<List<SanctionMeasure>>> measuresOf(List<Long> regimeKeys) {
        return db.list("select " + SanctionMeasure.COLUMNS + " from sanction_measure sm where sm.regime_id = any($1)"
                + " order by sm.measure", Tuple.of(Batches.distinct(regimeKeys, k -> k)), SanctionMeasure::from)
                .map(rows -> Batches.group(regimeKeys, rows, m -> m.regimeKey));
    }

    public Uni<List<Designation>> designationsByKeys(List<Long> keys) {
        return db.list("select " + Designation.COLUMNS + " from designation d where d.id = any($1)",
                Tuple.of(Batches.distinct(keys, k -> k)), Designation::from)
                .map(rows -> Batches.align(keys, rows, Designation::key));
    }

    Uni<List<List<Designation>>> designationsOfRegimes(List<Long> regimeKeys) {
        return db.list("select " + Designation.COLUMNS + " from designation d join official o on o.id = d.official_id"
                + " where d.regime_id = any($1) order by d.regime_id, d.listed_on, o.full_name", Tuple.of(Batches.distinct(regimeKeys, k -> k)),
                Designation::from).map(rows -> Batches.group(regimeKeys, rows, d -> d.regimeKey));
    }

    Uni<List<List<Designation>>> designationsOfOfficials(List<Long> officialKeys) {
        return db.list("select " + Designation.COLUMNS + " from designation d where d.official_id = any($1)"
                + " order by d.listed_on, d.id", Tuple.of(Batches.distinct(officialKeys, k -> k)), Designation::from)
                .map(rows -> Batches.group(officialKeys, rows, d -> d.officialKey));
    }

    Uni<Page<SanctionRegime>> page(SanctionRegimeFilter filter, PageRequest<SanctionRegime> request) {
        SqlQuery sql = new SqlQuery();
        if (filter != null) {
            if (filter.issuerCode != null) {
                // An issuer code names a country (ISO) or a bloc (EU, NATO); both forms are checked.
                String code = sql.param(Bloc.normalizeCode(filter.issuerCode));
                sql.where("(r.issuer_country_id in (select c.id from country c where c.alpha2 = " + code + " or c.alpha3 = "
                        + code + ") or r.issuer_bloc_id in (select b.id from bloc b where b.code = " + code + "))");
            }
            if (filter.targetCode != null) {
                sql.where("r.target_country_id = (" + CountryQueries.keyOfCode(sql, filter.targetCode) + ")");
            }
            if (filter.status != null) {
                sql.where("coalesce((" + SanctionRegime.statusOn("current_date") + "), 'ADOPTED') = " + sql.param(filter.status.name()));
            }
            if (filter.activeOn != null) {
                String day = sql.param(filter.activeOn);
                sql.where("r.adopted_on <= " + day + " and coalesce((" + SanctionRegime.statusOn(day)
                        + "), 'ADOPTED') not in ('SUSPENDED', 'LIFTED')");
            }
            if (filter.measure != null) {
                sql.where("exists (select 1 from sanction_measure sm where sm.regime_id = r.id and sm.measure = "
                        + sql.param(filter.measure.name()) + ")");
            }
        }
        return pages.fetch(SanctionRegime.COLUMNS, "sanction_regime r", sql, request, SanctionRegime::from);
    }

    /** True when a country or a bloc has this code; used to explain an empty result. */
    Uni<Boolean> issuerExists(String code) {
        return db.execute("select exists (select 1 from country where alpha2 = $1 or alpha3 = $1)"
                + " or exists (select 1 from bloc where code = $1)", Tuple.of(code))
                .map(rows -> rows.iterator().next().getBoolean(0));
    }
}
