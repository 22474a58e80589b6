package io.entente.bloc;

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

/** A country's membership of a bloc for a period (half-open: {@code until} is the first day outside). */
@Entity
@Table(name = "bloc_membership")
@Description("A country's membership of a bloc over a period.")
public class BlocMembership extends Audited implements Node {

    @jakarta.persistence.Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Ignore
    @Column(name = "bloc_id")
    public Long blocKey;

    @Ignore
    @Column(name = "country_id")
    public Long countryKey;

    @NonNull
    @Description("First day of membership.")
    public LocalDate since;

    @Description("First day no longer a member; null while the membership lasts.")
    public LocalDate until;

    static final String COLUMNS = "bm.id, bm.bloc_id, bm.country_id, bm.since, bm.until, "
            + Audited.auditColumns("bm");

    static BlocMembership from(Row row) {
        BlocMembership membership = Rows.untracked(new BlocMembership());
        membership.id = row.getLong("id");
        membership.blocKey = row.getLong("bloc_id");
        membership.countryKey = row.getLong("country_id");
        membership.since = row.getLocalDate("since");
        membership.until = row.getLocalDate("until");
        membership.readAudit(row);
        return membership;
    }

    @Override
    @org.eclipse.microprofile.graphql.Id
    @NonNull
    @Description("Globally unique, opaque id.")
    public String getId() {
        return GlobalId.of(NodeType.BLOC_MEMBERSHIP, id);
    }

    Long key() {
        return id;
    }
}
