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
import io.entente.db.SelectList;
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

    /** Title and date always: the sort keys cursors are made of. */
    public static final SelectList SELECT = SelectList.always("m.id, m.title, m.start_date")
            .when("endDate", "m.end_date")
            .when("city", "m.city")
            .when("hostCountry", "m.host_country_id")
            .when("format", "m.format")
            .when("summary", "m.summary")
            .withAudit("m");
    public static final String COLUMNS = SELECT.all();


    public static Meeting from(Row row) {
        Meeting meeting = Rows.untracked(new Meeting());
        meeting.id = row.getLong("id");
        meeting.title = row.getString("title");
        meeting.startDate = row.getLocalDate("start_date");
        meeting.endDate = Rows.optionalDate(row, "end_date");
        meeting.city = Rows.optionalString(row, "city");
        meeting.hostCountryKey = Rows.optionalLong(row, "host_country_id");
        meeting.format = Rows.optionalEnum(row, "format", MeetingFormat::valueOf);
        meeting.summary = Rows.optionalString(row, "summary");
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
