package io.entente.timeline;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.entente.country.CountryQueries;
import io.entente.db.Database;
import io.entente.db.MixedLoader;
import io.entente.event.EventQueries;
import io.entente.graphql.TimelineEntry;
import io.entente.meeting.MeetingQueries;
import io.entente.paging.SqlQuery;
import io.entente.sanction.SanctionQueries;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Row;

/**
 * Merges the three dated record types in one statement that returns only (type, key, day), ordered and
 * limited in PostgreSQL; the entries are then read through their own features, one statement per type.
 */
@ApplicationScoped
public class TimelineQueries {

    private final Database db;
    private final MeetingQueries meetings;
    private final EventQueries events;
    private final SanctionQueries sanctions;

    public TimelineQueries(Database db, MeetingQueries meetings, EventQueries events, SanctionQueries sanctions) {
        this.db = db;
        this.meetings = meetings;
        this.events = events;
        this.sanctions = sanctions;
    }

    Uni<List<TimelineEntry>> entries(String[] codes, LocalDate from, LocalDate to, int limit) {
        SqlQuery sql = new SqlQuery();
        String meetingRange = range(sql, "m.start_date", from, to);
        String eventRange = range(sql, "e.occurred_on", from, to);
        String changeRange = range(sql, "sc.changed_on", from, to);
        String text = "select kind, key from ("
                + "select 'MEETING' as kind, m.id as key, m.start_date as day from meeting m where "
                + CountryQueries.linkedToAll(sql, codes, "meeting_country", "meeting_id", "m.id") + meetingRange
                + " union all select 'EVENT', e.id, e.occurred_on from event e where "
                + CountryQueries.linkedToAll(sql, codes, "event_country", "event_id", "e.id") + eventRange
                + " union all select 'SANCTION', sc.id, sc.changed_on from sanction_status_change sc"
                + " join sanction_regime r on r.id = sc.regime_id where " + regimeInvolvesAll(sql, codes) + changeRange
                + ") entries order by day, kind, key limit " + limit;
        return db.execute(text, sql.arguments()).chain(rows -> {
            List<String> kinds = new ArrayList<>();
            List<Long> keys = new ArrayList<>();
            for (Row row : rows) {
                kinds.add(row.getString("kind"));
                keys.add(row.getLong("key"));
            }
            return new MixedLoader<TimelineEntry>()
                    .kind("MEETING", meetings::byKeys)
                    .kind("EVENT", events::byKeys)
                    .kind("SANCTION", sanctions::statusChangesByKeys)
                    .load(kinds, keys);
        });
    }

    /**
     * A regime involves its target and its issuer; a bloc issuer involves the states that were its members on
     * the day of the change.
     */
    private static String regimeInvolvesAll(SqlQuery sql, String[] codes) {
        StringBuilder condition = new StringBuilder("(true");
        for (String code : codes) {
            String country = "(" + CountryQueries.keyOfCode(sql, code) + ")";
            condition.append(" and (r.target_country_id = ").append(country)
                    .append(" or r.issuer_country_id = ").append(country)
                    .append(" or exists (select 1 from bloc_membership bm where bm.bloc_id = r.issuer_bloc_id")
                    .append(" and bm.country_id = ").append(country)
                    .append(" and bm.since <= sc.changed_on and (bm.until is null or bm.until > sc.changed_on)))");
        }
        return condition.append(')').toString();
    }

    private static String range(SqlQuery sql, String column, LocalDate from, LocalDate to) {
        String range = "";
        if (from != null) {
            range += " and " + column + " >= " + sql.param(from);
        }
        if (to != null) {
            range += " and " + column + " <= " + sql.param(to);
        }
        return range;
    }
}
