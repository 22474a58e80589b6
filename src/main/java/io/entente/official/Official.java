package io.entente.official;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Table;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import io.entente.db.Audited;
import io.entente.db.Rows;
import io.entente.graphql.GlobalId;
import io.entente.graphql.Node;
import io.entente.graphql.NodeType;
import io.entente.graphql.SearchResult;
import io.vertx.mutiny.sqlclient.Row;

/** A person who holds or held public office. */
@Entity
@Table(name = "official")
@Description("A person who holds or held public office.")
public class Official extends Audited implements Node, SearchResult {

    @jakarta.persistence.Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @NonNull
    @Description("Full name in its usual English spelling, e.g. `Sergey Lavrov`.")
    public String fullName;

    @NonNull
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Description("Other spellings and transliterations, e.g. `Sergei Lavrov`.")
    public String[] aliases;

    @Ignore
    @Column(name = "country_id")
    public Long countryKey;

    @Description("Date of birth, where recorded.")
    public LocalDate bornOn;

    static final String OWN_COLUMNS = "o.id, o.full_name, o.aliases, o.country_id, o.born_on";
    public static final String COLUMNS = OWN_COLUMNS + ", " + Audited.auditColumns("o");

    /** The columns a batch reads for these rows at {@code path} below its field: no audit columns unless shown. */
    public static String columnsFor(String path) {
        return Audited.columns(OWN_COLUMNS, "o", path);
    }

    public static Official from(Row row) {
        Official official = Rows.untracked(new Official());
        official.id = row.getLong("id");
        official.fullName = row.getString("full_name");
        official.aliases = row.getArrayOfStrings("aliases");
        official.countryKey = row.getLong("country_id");
        official.bornOn = row.getLocalDate("born_on");
        official.readAudit(row);
        return official;
    }

    @Override
    @org.eclipse.microprofile.graphql.Id
    @NonNull
    @Description("Globally unique, opaque id.")
    public String getId() {
        return GlobalId.of(NodeType.OFFICIAL, id);
    }

    public Long key() {
        return id;
    }
}
