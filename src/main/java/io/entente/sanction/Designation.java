package io.entente.sanction;

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

/** An official's listing under a sanction regime. */
@Entity
@Table(name = "designation")
@Description("An official's listing under a sanction regime.")
public class Designation extends Audited implements Node {

    @jakarta.persistence.Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Ignore
    @Column(name = "regime_id")
    public Long regimeKey;

    @Ignore
    @Column(name = "official_id")
    public Long officialKey;

    @NonNull
    @Description("The day the official was listed.")
    public LocalDate listedOn;

    @Description("The day the official was delisted; null while listed.")
    public LocalDate delistedOn;

    @Description("The grounds for listing.")
    public String reason;

    static final String COLUMNS = "d.id, d.regime_id, d.official_id, d.listed_on, d.delisted_on, d.reason, "
            + Audited.auditColumns("d");

    static Designation from(Row row) {
        Designation designation = Rows.untracked(new Designation());
        designation.id = row.getLong("id");
        designation.regimeKey = row.getLong("regime_id");
        designation.officialKey = row.getLong("official_id");
        designation.listedOn = row.getLocalDate("listed_on");
        designation.delistedOn = row.getLocalDate("delisted_on");
        designation.reason = row.getString("reason");
        designation.readAudit(row);
        return designation;
    }

    @Override
    @org.eclipse.microprofile.graphql.Id
    @NonNull
    @Description("Globally unique, opaque id.")
    public String getId() {
        return GlobalId.of(NodeType.DESIGNATION, id);
    }

    public Long key() {
        return id;
    }
}
