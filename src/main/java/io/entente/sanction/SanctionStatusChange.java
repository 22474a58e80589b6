package io.entente.sanction;

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
import io.entente.graphql.TimelineEntry;
import io.vertx.mutiny.sqlclient.Row;

/** One dated step of a sanction regime's life. */
@Entity
@Table(name = "sanction_status_change")
@Description("One dated step of a sanction regime's life: adopted, renewed, extended, suspended or lifted.")
public class SanctionStatusChange extends Audited implements TimelineEntry {

    @jakarta.persistence.Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Ignore
    public Long id;

    @Ignore
    @Column(name = "regime_id")
    public Long regimeKey;

    @NonNull
    @Enumerated(EnumType.STRING)
    @Description("The step.")
    public SanctionStatus status;

    @NonNull
    @Description("The day of the decision.")
    public LocalDate changedOn;

    @Description("The day the measures were set to lapse after this step, where the act fixed one.")
    public LocalDate inForceUntil;

    @Description("What the step did.")
    public String note;

    static final String COLUMNS = "sc.id, sc.regime_id, sc.status, sc.changed_on, sc.in_force_until, sc.note, "
            + Audited.auditColumns("sc");

    static SanctionStatusChange from(Row row) {
        SanctionStatusChange change = Rows.untracked(new SanctionStatusChange());
        change.id = row.getLong("id");
        change.regimeKey = row.getLong("regime_id");
        change.status = SanctionStatus.valueOf(row.getString("status"));
        change.changedOn = row.getLocalDate("changed_on");
        change.inForceUntil = row.getLocalDate("in_force_until");
        change.note = row.getString("note");
        change.readAudit(row);
        return change;
    }
}
