package io.entente.official;

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
import io.vertx.mutiny.sqlclient.Row;

/** One office held for a period; {@code endDate} is the first day out of office (half-open). */
@Entity
@Table(name = "position")
@Description("One office held for a period.")
public class Position extends Audited implements Node {

    @jakarta.persistence.Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Ignore
    @Column(name = "official_id")
    public Long officialKey;

    @NonNull
    @Description("The title as used at the time, e.g. `Minister for Europe and Foreign Affairs`.")
    public String title;

    @NonNull
    @Enumerated(EnumType.STRING)
    @Description("The kind of office.")
    public PositionKind kind;

    @NonNull
    @Description("First day in office.")
    public LocalDate startDate;

    @Description("First day out of office; null while the term lasts.")
    public LocalDate endDate;

    /** The official always: positions are grouped by it. */
    public static final SelectList SELECT = SelectList.always("p.id, p.official_id")
            .when("title", "p.title")
            .when("kind", "p.kind")
            .when("startDate", "p.start_date")
            .when("endDate", "p.end_date")
            .withAudit("p");
    public static final String COLUMNS = SELECT.all();


    static final String ACTIVE_ON = "p.start_date <= %1$s and (p.end_date is null or p.end_date > %1$s)";

    public static Position from(Row row) {
        Position position = Rows.untracked(new Position());
        position.id = row.getLong("id");
        position.officialKey = row.getLong("official_id");
        position.title = Rows.optionalString(row, "title");
        position.kind = Rows.optionalEnum(row, "kind", PositionKind::valueOf);
        position.startDate = Rows.optionalDate(row, "start_date");
        position.endDate = Rows.optionalDate(row, "end_date");
        position.readAudit(row);
        return position;
    }

    @Override
    @org.eclipse.microprofile.graphql.Id
    @NonNull
    @Description("Globally unique, opaque id.")
    public String getId() {
        return GlobalId.of(NodeType.POSITION, id);
    }

    public Long key() {
        return id;
    }
}
