package io.entente.bloc;

import java.time.LocalDate;
import java.util.Locale;
import java.util.regex.Pattern;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Table;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

import io.entente.db.Audited;
import io.entente.db.Rows;
import io.entente.graphql.ApiError;
import io.entente.graphql.GlobalId;
import io.entente.graphql.Node;
import io.entente.graphql.NodeType;
import io.entente.graphql.SanctionIssuer;
import io.entente.graphql.SearchResult;
import io.vertx.mutiny.sqlclient.Row;

/** An international organisation or alliance whose membership changes over time. */
@Entity
@Table(name = "bloc")
@Description("An international organisation or alliance (EU, NATO, G7, ...).")
public class Bloc extends Audited implements Node, SanctionIssuer, SearchResult {

    private static final Pattern CODE = Pattern.compile("[A-Z0-9][A-Z0-9_-]{0,19}");

    @jakarta.persistence.Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @NonNull
    @Description("Short code, e.g. `EU`, `NATO`.")
    public String code;

    @NonNull
    @Description("Full name.")
    public String name;

    @Description("What the bloc is, in a sentence or two.")
    public String description;

    @Description("When it was founded, where known.")
    public LocalDate foundedOn;

    public static final String COLUMNS = "b.id, b.code, b.name, b.description, b.founded_on, "
            + Audited.auditColumns("b");

    public static Bloc from(Row row) {
        Bloc bloc = Rows.untracked(new Bloc());
        bloc.id = row.getLong("id");
        bloc.code = row.getString("code");
        bloc.name = row.getString("name");
        bloc.description = row.getString("description");
        bloc.foundedOn = row.getLocalDate("founded_on");
        bloc.readAudit(row);
        return bloc;
    }

    /** The code in upper case; a code of the wrong form is a {@code BAD_USER_INPUT}. */
    public static String normalizeCode(String code) {
        String upper = code == null ? "" : code.trim().toUpperCase(Locale.ROOT);
        if (!CODE.matcher(upper).matches()) {
            throw ApiError.badInput("\"" + code + "\" is not a valid bloc code.");
        }
        return upper;
    }

    @Override
    @org.eclipse.microprofile.graphql.Id
    @NonNull
    @Description("Globally unique, opaque id.")
    public String getId() {
        return GlobalId.of(NodeType.BLOC, id);
    }

    public Long key() {
        return id;
    }
}
