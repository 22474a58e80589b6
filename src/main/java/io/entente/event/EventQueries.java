package io.entente.event;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.entente.country.Country;
import io.entente.country.CountryQueries;
import io.entente.db.Batches;
import io.entente.db.Database;
import io.entente.db.Keyed;
import io.entente.paging.NestedPages;
import io.entente.paging.Page;
import io.entente.paging.PageQueries;
import io.entente.paging.PageRequest;
import io.entente.paging.SqlQuery;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Tuple;

/** Reads events and the countries they involve; other features reach events only through here. */
@ApplicationScoped
public class EventQueries {

    private static final String BY_KEYS = "select " + Event.COLUMNS + " from event e where e.id = any($1)";
    private static final String COUNTRIES = "select ec.event_id as parent, " + Country.COLUMNS
            + " from event_country ec join country c on c.id = ec.country_id where ec.event_id = any($1) order by ec.event_id, c.name";
    private static final String TRIGGERING = "select sre.regime_id as parent, " + Event.COLUMNS
            + " from sanction_regime_event sre join event e on e.id = sre.event_id where sre.regime_id = any($1)"
            + " order by e.occurred_on, e.id";

    private final Database db;
    private final PageQueries pages;
    private final NestedPages nestedPages;

    public EventQueries(Database db, PageQueries pages, NestedPages nestedPages) {
        this.db = db;
        this.pages = pages;
        this.nestedPages = nestedPages;
    }

    public Uni<List<Event>> byKeys(List<Long> keys) {
        return db.list(BY_KEYS, Tuple.of(Batches.distinct(keys, k -> k)), Event::from)
                .map(rows -> Batches.align(keys, rows, Event::key));
    }

    public Uni<List<List<Country>>> countriesOf(List<Long> eventKeys) {
        return db.list(COUNTRIES, Tuple.of(Batches.distinct(eventKeys, k -> k)),
                row -> new Keyed<>(row.getLong("parent"), Country.from(row)))
                .map(rows -> Batches.groupKeyed(eventKeys, rows));
    }

    /** The events each source is cited by, newest first. */
    public Uni<List<List<Event>>> citing(List<Long> sourceKeys) {
        return db.list("select es.source_id as parent, " + Event.COLUMNS + " from event_source es"
                + " join event e on e.id = es.event_id where es.source_id = any($1) order by e.occurred_on desc, e.id desc",
                Tuple.of(Batches.distinct(sourceKeys, k -> k)), row -> new Keyed<>(row.getLong("parent"), Event.from(row)))
                .map(rows -> Batches.groupKeyed(sourceKeys, rows));
    }

    /** The events that led each sanction regime to be adopted, oldest first. */
    public Uni<List<List<Event>>> triggeringEventsOf(List<Long> regimeKeys) {
        return db.list(TRIGGERING, Tuple.of(Batches.distinct(regimeKeys, k -> k)),
                row -> new Keyed<>(row.getLong("parent"), Event.from(row)))
                .map(rows -> Batches.groupKeyed(regimeKeys, rows));
    }

    public Uni<Page<Event>> page(EventFilter filter, String[] countryCodes, PageRequest<Event> request) {
        SqlQuery sql = new SqlQuery();
        if (filter != null) {
            if (countryCodes.length > 0) {
                sql.where(CountryQueries.linkedToAll(sql, countryCodes, "event_country", "event_id", "e.id"));
            }
            if (filter.kind != null) {
                sql.where("e.kind = " + sql.param(filter.kind.name()));
            }
            if (filter.from != null) {
                sql.where("e.occurred_on >= " + sql.param(filter.from));
            }
            if (filter.to != null) {
                sql.where("e.occurred_on <= " + sql.param(filter.to));
            }
        }
        return pages.fetch(Event.COLUMNS, "event e", sql, request, Event::from);
    }

    /** One page of events per country, in one statement. */
    public Uni<List<Page<Event>>> pagesOfCountries(List<Long> countryKeys, PageRequest<Event> request) {
        return nestedPages.fetch(countryKeys, Event.COLUMNS, "event e join event_country ec on ec.event_id = e.id",
                "ec.country_id = parent.key", request, Event::from);
    }
}
