package io.entente.country;

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
import io.entente.db.SelectList;
import io.entente.graphql.GlobalId;
import io.entente.graphql.Node;
import io.entente.graphql.NodeType;
import io.entente.graphql.SanctionIssuer;
import io.entente.graphql.SearchResult;
import io.vertx.mutiny.sqlclient.Row;

/** A state, as ISO 3166-1 lists it. */
@Entity
@Table(name = "country")
@Description("A state, identified by its ISO 3166-1 codes.")
public class Country extends Audited implements Node, SanctionIssuer, SearchResult {

    @jakarta.persistence.Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @NonNull
    @Description("ISO 3166-1 alpha-2 code, e.g. `FR`.")
    public String alpha2;

    @NonNull
    @Description("ISO 3166-1 alpha-3 code, e.g. `FRA`.")
    public String alpha3;

    @NonNull
    @Description("Common English short name, e.g. `Russia`.")
    public String name;

    @Description("English short name as ISO 3166-1 gives it, e.g. `Russian Federation`.")
    public String officialName;

    @NonNull
    @Enumerated(EnumType.STRING)
    @Description("Continental region.")
    public Region region;

    /** Codes and name always: the sort keys cursors are made of. */
    public static final SelectList SELECT = SelectList.always("c.id, c.alpha2, c.name")
            .when("alpha3", "c.alpha3")
            .when("officialName", "c.official_name")
            .when("region", "c.region")
            .withAudit("c");
    public static final String COLUMNS = SELECT.all();


    public static Country from(Row row) {
        Country country = Rows.untracked(new Country());
        country.id = row.getLong("id");
        country.alpha2 = row.getString("alpha2");
        country.alpha3 = Rows.optionalString(row, "alpha3");
        country.name = row.getString("name");
        country.officialName = Rows.optionalString(row, "official_name");
        country.region = Rows.optionalEnum(row, "region", Region::valueOf);
        country.readAudit(row);
        return country;
    }

    @Override
    @org.eclipse.microprofile.graphql.Id
    @NonNull
    @Description("Globally unique, opaque id.")
    public String getId() {
        return GlobalId.of(NodeType.COUNTRY, id);
    }

    /** The row key, for batch loaders and foreign keys; not part of the schema. */
    public Long key() {
        return id;
    }
}
