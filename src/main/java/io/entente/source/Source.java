package io.entente.source;

import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Table;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

import io.entente.db.Audited;
import io.entente.db.Rows;
import io.entente.graphql.GlobalId;
import io.entente.graphql.Node;
import io.entente.graphql.NodeType;
import io.vertx.mutiny.sqlclient.Row;

/** Where a fact comes from: an article, a legal act, a press release. */
@Entity
@Table(name = "source")
@Description("Where a fact comes from: an article, a legal act, a press release.")
public class Source extends Audited implements Node {

    @jakarta.persistence.Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @NonNull
    @Description("Address of the document.")
    public String url;

    @NonNull
    @Description("Who published it.")
    public String publisher;

    @NonNull
    @Description("Its title.")
    public String title;

    @Description("When it was published, where known.")
    public LocalDate publishedOn;

    public static final String COLUMNS = "s.id, s.url, s.publisher, s.title, s.published_on, "
            + Audited.auditColumns("s");

    public static Source from(Row row) {
        Source source = Rows.untracked(new Source());
        source.id = row.getLong("id");
        source.url = row.getString("url");
        source.publisher = row.getString("publisher");
        source.title = row.getString("title");
        source.publishedOn = row.getLocalDate("published_on");
        source.readAudit(row);
        return source;
    }

    @Override
    @org.eclipse.microprofile.graphql.Id
    @NonNull
    @Description("Globally unique, opaque id.")
    public String getId() {
        return GlobalId.of(NodeType.SOURCE, id);
    }

    public Long key() {
        return id;
    }
}
