package io.entente.meeting;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Table;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;

import io.entente.db.Audited;
import io.entente.db.Rows;
import io.entente.graphql.GlobalId;
import io.entente.graphql.Node;
import io.entente.graphql.NodeType;
import io.entente.graphql.SearchResult;
import io.entente.graphql.TimelineEntry;
import io.vertx.mutiny.sqlclient.Row;

/** A diplomatic encounter: who met, where, when and in which format. */
@Entity
@Table(name = "meeting")
@Description("A diplomatic encounter: who met whom, where, when and in which format.")
public class Meeting extends Audited implements Node, SearchResult, TimelineEntry {

    @jakarta.persistence.Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @NonNull
    @Description("Title, e.g. `French-Russian \"2+2\" talks in Moscow`.")
    public String title;

    @NonNull
    @Description("First day.")
    public LocalDate startDate;

    @Description("Last day, for meetings over several days.")
    public LocalDate endDate;

    @Description("Where it took place.")
    public String city;

    @Ignore
    @Column(name = "host_country_id")
    public Long hostCountryKey;

    @NonNull
    @Enumerated(EnumType.STRING)
    @Description("The format.")
    public MeetingFormat format;

    @Description("What happened, in a few sentences.")
    public String summary;

    // search_doc is maintained by PostgreSQL (a generated column) and never read or written here.

    static final String OWN_COLUMNS = "m.id, m.title, m.start_date, m.end_date, m.city, m.host_country_id, m.format, m.summary";
    public static final String COLUMNS = OWN_COLUMNS + ", " + Audited.auditColumns("m");

    /** The columns a batch reads for these rows at {@code path} below its field: no audit columns unless shown. */
    public static String columnsFor(String path) {
        return Audited.columns(OWN_COLUMNS, "m", path);
    }

    public static Meeting from(Row row) {
        Meeting meeting = Rows.untracked(new Meeting());
        meeting.id = row.getLong("id");
        meeting.title = row.getString("title");
        meeting.startDate = row.getLocalDate("start_date");
        meeting.endDate = row.getLocalDate("end_date");
        meeting.city = row.getString("city");
        meeting.hostCountryKey = row.getLong("host_country_id");
        meeting.format = MeetingFormat.valueOf(row.getString("format"));
        meeting.summary = row.getString("summary");
        meeting.readAudit(row);
        return meeting;
    }

    @Override
    @org.eclipse.microprofile.graphql.Id
    @NonNull
    @Description("Globally unique, opaque id.")
    public String getId() {
        return GlobalId.of(NodeType.MEETING, id);
    }

    public Long key() {
        return id;
    }
}
