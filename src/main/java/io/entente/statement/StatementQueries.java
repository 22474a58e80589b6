package io.entente.statement;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.entente.db.Batches;
import io.entente.db.Database;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Tuple;

/** Reads statements by their speaker, meeting or event. */
@ApplicationScoped
public class StatementQueries {

    private static final String SELECT = "select " + Statement.COLUMNS + " from statement st";
    private static final String ORDER = " order by st.said_on nulls last, st.id";

    private final Database db;

    public StatementQueries(Database db) {
        this.db = db;
    }

    public Uni<List<Statement>> byKeys(List<Long> keys) {
        return db.list(SELECT + " where st.id = any($1)", Tuple.of(Batches.distinct(keys, k -> k)), Statement::from)
                .map(rows -> Batches.align(keys, rows, Statement::key));
    }

    public Uni<List<List<Statement>>> bySpeakers(List<Long> officialKeys) {
        return db.list(SELECT + " where st.speaker_id = any($1)" + ORDER, Tuple.of(Batches.distinct(officialKeys, k -> k)),
                Statement::from).map(rows -> Batches.group(officialKeys, rows, s -> s.speakerKey));
    }

    public Uni<List<List<Statement>>> atMeetings(List<Long> meetingKeys) {
        return db.list(SELECT + " where st.meeting_id = any($1)" + ORDER, Tuple.of(Batches.distinct(meetingKeys, k -> k)),
                Statement::from).map(rows -> Batches.group(meetingKeys, rows, s -> s.meetingKey));
    }

    public Uni<List<List<Statement>>> citing(List<Long> sourceKeys) {
        return db.list(SELECT + " where st.source_id = any($1)" + ORDER, Tuple.of(Batches.distinct(sourceKeys, k -> k)),
                Statement::from).map(rows -> Batches.group(sourceKeys, rows, s -> s.sourceKey));
    }

    public Uni<List<List<Statement>>> atEvents(List<Long> eventKeys) {
        return db.list(SELECT + " where st.event_id = any($1)" + ORDER, Tuple.of(Batches.distinct(eventKeys, k -> k)),
                Statement::from).map(rows -> Batches.group(eventKeys, rows, s -> s.eventKey));
    }
}
