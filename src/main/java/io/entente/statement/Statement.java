package io.entente.statement;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
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
import io.vertx.mutiny.sqlclient.Row;

/** A quote: who said what, when, at which meeting or event, according to which source. */
@Entity
@Table(name = "statement")
@Description("A quote: who said what, when, and where it was said.")
public class Statement extends Audited implements Node {

    @jakarta.persistence.Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Ignore
    @Column(name = "speaker_id")
    public Long speakerKey;

    @NonNull
    @Description("The words, as quoted by the source.")
    public String text;

    @Description("The day it was said; null when the source does not say.")
    public LocalDate saidOn;

    @Description("The circumstances, e.g. `Press conference in Moscow after the \"2+2\" talks` or `Interview on a French broadcaster`.")
    public String context;

    @Ignore
    @Column(name = "meeting_id")
    public Long meetingKey;

    @Ignore
    @Column(name = "event_id")
    public Long eventKey;

    @Ignore
    @Column(name = "source_id")
    public Long sourceKey;

    public static final String COLUMNS = "st.id, st.speaker_id, st.text, st.said_on, st.context, st.meeting_id, st.event_id, st.source_id, "
            + Audited.auditColumns("st");

    public static Statement from(Row row) {
        Statement statement = Rows.untracked(new Statement());
        statement.id = row.getLong("id");
        statement.speakerKey = row.getLong("speaker_id");
        statement.text = row.getString("text");
        statement.saidOn = row.getLocalDate("said_on");
        statement.context = row.getString("context");
        statement.meetingKey = row.getLong("meeting_id");
        statement.eventKey = row.getLong("event_id");
        statement.sourceKey = row.getLong("source_id");
        statement.readAudit(row);
        return statement;
    }

    @Override
    @org.eclipse.microprofile.graphql.Id
    @NonNull
    @Description("Globally unique, opaque id.")
    public String getId() {
        return GlobalId.of(NodeType.STATEMENT, id);
    }

    public Long key() {
        return id;
    }
}
