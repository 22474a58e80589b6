package io.entente.meeting;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.entente.country.Country;
import io.entente.country.CountryQueries;
import io.entente.db.Batches;
import io.entente.db.Database;
import io.entente.db.Keyed;
import io.entente.graphql.GlobalId;
import io.entente.graphql.NodeType;
import io.entente.official.Official;
import io.entente.paging.NestedPages;
import io.entente.paging.Page;
import io.entente.paging.PageQueries;
import io.entente.paging.PageRequest;
import io.entente.paging.SqlQuery;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Tuple;

/** Reads meetings, their parties and participants; other features reach meetings only through here. */
@ApplicationScoped
public class MeetingQueries {

    private static final String BY_KEYS = "select " + Meeting.COLUMNS + " from meeting m where m.id = any($1)";
    private static final String COUNTRIES = "select mc.meeting_id as parent, %s"
            + " from meeting_country mc join country c on c.id = mc.country_id where mc.meeting_id = any($1) order by mc.meeting_id, c.name";
    // The official is joined in: Participant.official then costs no statement of its own. The sort keys are not
    // in the select list: sent, they were three more values per row for the driver to decode (a tenth of its work
    // on a page of 50 meetings), and PostgreSQL 15 sorts as fast with them left out (50 meetings: 0.57 ms either
    // way; 600 meetings: 19 ms either way). The meeting leads the sort: most comparisons are then settled by an
    // integer rather than by the collation of names.
    private static final String PARTICIPANTS = "select %s, %s"
            + " from meeting_participant mp join official o on o.id = mp.official_id"
            + " join country dc on dc.id = mp.delegation_country_id where mp.meeting_id = any($1)"
            + " order by mp.meeting_id, mp.role = 'HOST' desc, dc.name, o.full_name";

    private final Database db;
    private final PageQueries pages;
    private final NestedPages nestedPages;

    public MeetingQueries(Database db, PageQueries pages, NestedPages nestedPages) {
        this.db = db;
        this.pages = pages;
        this.nestedPages = nestedPages;
    }

    public Uni<List<Meeting>> byKeys(List<Long> keys) {
        return db.list(BY_KEYS, Tuple.of(Batches.distinct(keys, k -> k)), Meeting::from)
                .map(rows -> Batches.align(keys, rows, Meeting::key));
    }

    /** The meetings each source is cited by, newest first. */
    public Uni<List<List<Meeting>>> citing(List<Long> sourceKeys) {
        return db.list("select ms.source_id as parent, " + Meeting.COLUMNS + " from meeting_source ms"
                + " join meeting m on m.id = ms.meeting_id where ms.source_id = any($1) order by m.start_date desc, m.id desc",
                Tuple.of(Batches.distinct(sourceKeys, k -> k)), row -> new Keyed<>(row.getLong("parent"), Meeting.from(row)))
                .map(rows -> Batches.groupKeyed(sourceKeys, rows));
    }

    public Uni<List<List<Country>>> countriesOf(List<Long> meetingKeys) {
        return db.list(COUNTRIES.formatted(Country.SELECT.forBatch("")), Tuple.of(Batches.distinct(meetingKeys, k -> k)),
                row -> new Keyed<>(row.getLong("parent"), Country.from(row)))
                .map(rows -> Batches.groupKeyed(meetingKeys, rows));
    }

    public Uni<List<List<Participant>>> participantsOf(List<Long> meetingKeys) {
        String columns = Participant.SELECT.forBatch("");
        return db.list(PARTICIPANTS.formatted(columns, Official.SELECT.forBatch("official")),
                Tuple.of(Batches.distinct(meetingKeys, k -> k)),
                Participant::withOfficial)
                .map(rows -> Batches.group(meetingKeys, rows, p -> p.meetingKey));
    }

    public Uni<Page<Meeting>> page(MeetingFilter filter, String[] countryCodes, PageRequest<Meeting> request) {
        SqlQuery sql = new SqlQuery();
        String from = "meeting m";
        if (filter != null) {
            if (countryCodes.length > 0) {
                // The first country's meetings are walked newest first from the index on its parties' copy of the
                // date (joined on it, the meeting's date and id are the index's columns for PostgreSQL; the date
                // range is put on the copy, as PostgreSQL carries equalities across a join but not ranges).
                // Each other country is checked per meeting by a scalar subquery, which PostgreSQL keeps a filter
                // on the walk; as EXISTS it became a hash join of both countries' meetings, then a sort (US and RU
                // at scale M: 10,756 meetings, 128 ms, against 163 walked, 1.4 ms). The walk stops after the page.
                from = "meeting m join meeting_country mk on mk.meeting_id = m.id and mk.meeting_start_date = m.start_date";
                sql.where("mk.country_id = (" + CountryQueries.keyOfCode(sql, countryCodes[0]) + ")");
                for (int i = 1; i < countryCodes.length; i++) {
                    sql.where("(select true from meeting_country mo where mo.meeting_id = m.id and mo.country_id = ("
                            + CountryQueries.keyOfCode(sql, countryCodes[i]) + ") limit 1)");
                }
            }
            if (filter.participantId != null) {
                long official = GlobalId.parse(filter.participantId, NodeType.OFFICIAL);
                sql.where("exists (select 1 from meeting_participant mp where mp.meeting_id = m.id and mp.official_id = "
                        + sql.param(official) + ")");
            }
            if (filter.format != null) {
                sql.where("m.format = " + sql.param(filter.format.name()));
            }
            if (filter.hostCountryCode != null) {
                sql.where("m.host_country_id = (" + CountryQueries.keyOfCode(sql, filter.hostCountryCode) + ")");
            }
            String startDate = countryCodes.length > 0 ? "mk.meeting_start_date" : "m.start_date";
            if (filter.from != null) {
                sql.where(startDate + " >= " + sql.param(filter.from));
            }
            if (filter.to != null) {
                sql.where(startDate + " <= " + sql.param(filter.to));
            }
        }
        return pages.fetch(Meeting.SELECT.forRootField("edges/node"), from, sql, request, Meeting::from);
    }

    /** One page of meetings per country, in one statement, walked newest first as in {@link #page}. */
    public Uni<List<Page<Meeting>>> pagesOfCountries(List<Long> countryKeys, PageRequest<Meeting> request) {
        return nestedPages.fetch(countryKeys, Meeting.SELECT.forBatch("edges/node"),
                "meeting m join meeting_country mc on mc.meeting_id = m.id and mc.meeting_start_date = m.start_date",
                "mc.country_id = parent.key", request, Meeting::from);
    }

    /** One page of the meetings each country hosted, in one statement. */
    public Uni<List<Page<Meeting>>> pagesHostedBy(List<Long> countryKeys, PageRequest<Meeting> request) {
        return nestedPages.fetch(countryKeys, Meeting.SELECT.forBatch("edges/node"),
                "meeting m", "m.host_country_id = parent.key", request, Meeting::from);
    }

    /**
     * One page of meetings per official, in one statement. Joining on the participant's copy of the date makes
     * {@code m.start_date} and {@code mp.meeting_start_date} one sort key for PostgreSQL, so the ordering by
     * date and id is read from the index on (official_id, meeting_start_date, meeting_id) and stops at the page.
     */
    public Uni<List<Page<Meeting>>> pagesOfOfficials(List<Long> officialKeys, PageRequest<Meeting> request) {
        return nestedPages.fetch(officialKeys, Meeting.SELECT.forBatch("edges/node"),
                "meeting m join meeting_participant mp on mp.meeting_id = m.id and mp.meeting_start_date = m.start_date",
                "mp.official_id = parent.key",
                request, Meeting::from);
    }
}
