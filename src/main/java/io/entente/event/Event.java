package io.entente.event;

import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Table;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

import io.entente.db.Audited;
import io.entente.db.Rows;
import io.entente.graphql.GlobalId;
import io.entente.graphql.Node;
import io.entente.graphql.NodeType;
import io.entente.graphql.SearchResult;
import io.entente.graphql.TimelineEntry;
import io.vertx.mutiny.sqlclient.Row;

/** An incident or milestone: an exchange of prisoners, an annexation, an agreement, an election. */
@Entity
@Table(name = "event")
@Description("An incident or milestone: a prisoner exchange, an annexation, an agreement, an election.")
public class Event extends Audited implements Node, SearchResult, TimelineEntry {

    @jakarta.persistence.Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @NonNull
    @Description("Title, e.g. `Kerch Strait incident`.")
    public String title;

    @NonNull
    @Description("The day it happened.")
    public LocalDate occurredOn;

    @NonNull
    @Enumerated(EnumType.STRING)
    @Description("What kind of event it is.")
    public EventKind kind;

    @Description("What happened.")
    public String description;

    public static final String COLUMNS = "e.id, e.title, e.occurred_on, e.kind, e.description, "
            + Audited.auditColumns("e");

    public static Event from(Row row) {
        Event event = Rows.untracked(new Event());
        event.id = row.getLong("id");
        event.title = row.getString("title");
        event.occurredOn = row.getLocalDate("occurred_on");
        event.kind = EventKind.valueOf(row.getString("kind"));
        event.description = row.getString("description");
        event.readAudit(row);
        return event;
    }

    @Override
    @org.eclipse.microprofile.graphql.Id
    @NonNull
    @Description("Globally unique, opaque id.")
    public String getId() {
        return GlobalId.of(NodeType.EVENT, id);
    }

    public Long key() {
        return id;
    }
}
