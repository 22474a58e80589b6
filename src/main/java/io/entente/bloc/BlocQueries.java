package io.entente.bloc;

import java.time.LocalDate;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.entente.country.Country;
import io.entente.db.Batches;
import io.entente.db.Database;
import io.entente.db.Keyed;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Tuple;

/** Reads blocs and memberships; one statement per batch. */
@ApplicationScoped
public class BlocQueries {

    private static final String SELECT = "select " + Bloc.COLUMNS + " from bloc b";
    private static final String ACTIVE = " and bm.since <= $2 and (bm.until is null or bm.until > $2)";
    private static final String MEMBERS = "select bm.bloc_id as parent, " + Country.COLUMNS
            + " from bloc_membership bm join country c on c.id = bm.country_id"
            + " where bm.bloc_id = any($1)" + ACTIVE + " order by bm.bloc_id, c.name, c.id";
    private static final String BLOCS_OF = "select bm.country_id as parent, " + Bloc.COLUMNS
            + " from bloc_membership bm join bloc b on b.id = bm.bloc_id"
            + " where bm.country_id = any($1)" + ACTIVE + " order by bm.country_id, b.name, b.id";
    private static final String MEMBERSHIPS_OF_BLOCS = "select " + BlocMembership.COLUMNS
            + " from bloc_membership bm join country c on c.id = bm.country_id"
            + " where bm.bloc_id = any($1) order by bm.bloc_id, bm.since, c.name, bm.id";
    private static final String MEMBERSHIPS_OF_COUNTRIES = "select " + BlocMembership.COLUMNS
            + " from bloc_membership bm where bm.country_id = any($1) order by bm.since, bm.id";

    private final Database db;

    public BlocQueries(Database db) {
        this.db = db;
    }

    public Uni<Bloc> byCode(String code) {
        return db.list(SELECT + " where b.code = $1", Tuple.of(code), Bloc::from)
                .map(rows -> rows.isEmpty() ? null : rows.get(0));
    }

    public Uni<List<Bloc>> all(BlocOrder order) {
        return db.list(SELECT + " order by " + order.orderBy, Tuple.tuple(), Bloc::from);
    }

    public Uni<List<Bloc>> byKeys(List<Long> keys) {
        return db.list(SELECT + " where b.id = any($1)", Tuple.of(Batches.distinct(keys, k -> k)), Bloc::from)
                .map(rows -> Batches.align(keys, rows, Bloc::key));
    }

    public Uni<List<List<Country>>> members(List<Long> blocKeys, LocalDate on) {
        return db.list(MEMBERS, Tuple.of(Batches.distinct(blocKeys, k -> k), on),
                row -> new Keyed<>(row.getLong("parent"), Country.from(row)))
                .map(rows -> Batches.groupKeyed(blocKeys, rows));
    }

    public Uni<List<List<Bloc>>> blocsOf(List<Long> countryKeys, LocalDate on) {
        return db.list(BLOCS_OF, Tuple.of(Batches.distinct(countryKeys, k -> k), on),
                row -> new Keyed<>(row.getLong("parent"), Bloc.from(row)))
                .map(rows -> Batches.groupKeyed(countryKeys, rows));
    }

    public Uni<List<BlocMembership>> membershipsByKeys(List<Long> keys) {
        return db.list("select " + BlocMembership.COLUMNS + " from bloc_membership bm where bm.id = any($1)",
                Tuple.of(Batches.distinct(keys, k -> k)), BlocMembership::from)
                .map(rows -> Batches.align(keys, rows, BlocMembership::key));
    }

    public Uni<List<List<BlocMembership>>> membershipsOfBlocs(List<Long> blocKeys) {
        return db.list(MEMBERSHIPS_OF_BLOCS, Tuple.of(Batches.distinct(blocKeys, k -> k)), BlocMembership::from)
                .map(rows -> Batches.group(blocKeys, rows, m -> m.blocKey));
    }

    public Uni<List<List<BlocMembership>>> membershipsOfCountries(List<Long> countryKeys) {
        return db.list(MEMBERSHIPS_OF_COUNTRIES, Tuple.of(Batches.distinct(countryKeys, k -> k)), BlocMembership::from)
                .map(rows -> Batches.group(countryKeys, rows, m -> m.countryKey));
    }
}
