package io.entente.sanction;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;

import io.entente.db.Audited;
import io.entente.db.Rows;
import io.entente.graphql.GlobalId;
import io.entente.graphql.Node;
import io.entente.graphql.NodeType;
import io.entente.graphql.SearchResult;
import io.vertx.mutiny.sqlclient.Row;

/** A body of restrictive measures: who imposes them on whom, on what legal basis, until what happens. */
@Entity
@Table(name = "sanction_regime")
@Description("A body of restrictive measures: issuer, target, legal basis, measures, history and lifting conditions.")
public class SanctionRegime extends Audited implements Node, SearchResult {

    @jakarta.persistence.Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @NonNull
    @Description("Name of the regime.")
    public String name;

    @Ignore
    @Column(name = "issuer_country_id")
    public Long issuerCountryKey;

    @Ignore
    @Column(name = "issuer_bloc_id")
    public Long issuerBlocKey;

    @Ignore
    @Column(name = "target_country_id")
    public Long targetCountryKey;

    @NonNull
    @Description("The legal acts it rests on, e.g. `Council Decision 2014/512/CFSP; Council Regulation (EU) No 833/2014`.")
    public String legalBasis;

    @NonNull
    @Description("The day it was adopted.")
    public LocalDate adoptedOn;

    @Description("What it does and why.")
    public String description;

    @Description("What would have to happen for it to be lifted.")
    public String liftingConditions;

    @Transient
    @NonNull
    @Description("Its status today: the latest step of its history.")
    public SanctionStatus status;

    public static final String COLUMNS = "r.id, r.name, r.issuer_country_id, r.issuer_bloc_id, r.target_country_id,"
            + " r.legal_basis, r.adopted_on, r.description, r.lifting_conditions, (" + statusOn("current_date") + ") as status, "
            + Audited.auditColumns("r");

    /** A scalar subquery: the regime {@code r}'s status on a day. */
    static String statusOn(String day) {
        return "select sc.status from sanction_status_change sc where sc.regime_id = r.id and sc.changed_on <= " + day
                + " order by sc.changed_on desc, sc.id desc limit 1";
    }

    public static SanctionRegime from(Row row) {
        SanctionRegime regime = Rows.untracked(new SanctionRegime());
        regime.id = row.getLong("id");
        regime.name = row.getString("name");
        regime.issuerCountryKey = row.getLong("issuer_country_id");
        regime.issuerBlocKey = row.getLong("issuer_bloc_id");
        regime.targetCountryKey = row.getLong("target_country_id");
        regime.legalBasis = row.getString("legal_basis");
        regime.adoptedOn = row.getLocalDate("adopted_on");
        regime.description = row.getString("description");
        regime.liftingConditions = row.getString("lifting_conditions");
        String status = row.getString("status");
        regime.status = status == null ? SanctionStatus.ADOPTED : SanctionStatus.valueOf(status);
        regime.readAudit(row);
        return regime;
    }

    @Description("True while the regime applies: neither suspended nor lifted.")
    public boolean isInForce() {
        return status.inForce();
    }

    @Override
    @org.eclipse.microprofile.graphql.Id
    @NonNull
    @Description("Globally unique, opaque id.")
    public String getId() {
        return GlobalId.of(NodeType.SANCTION_REGIME, id);
    }

    public Long key() {
        return id;
    }
}
