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
import io.entente.db.SelectList;
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

    /** The name always: the sort key cursors are made of. */
    public static final SelectList SELECT = SelectList.always("o.id, o.full_name")
            .when("aliases", "o.aliases")
            .when("country", "o.country_id")
            .when("bornOn", "o.born_on")
            .withAudit("o");
    public static final String COLUMNS = SELECT.all();


    public static Official from(Row row) {
        Official official = Rows.untracked(new Official());
        official.id = row.getLong("id");
        official.fullName = row.getString("full_name");
        official.aliases = Rows.optionalStrings(row, "aliases");
        official.countryKey = Rows.optionalLong(row, "country_id");
        official.bornOn = Rows.optionalDate(row, "born_on");
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
