package io.entente.db;

import java.time.OffsetDateTime;
import java.util.List;

import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import io.vertx.mutiny.sqlclient.Row;

/**
 * What every editable row carries: its version, for optimistic locking, and who created and last changed it,
 * and when. Entities read these columns with their own ({@link #auditColumns(String)}).
 */
@MappedSuperclass
public abstract class Audited extends PanacheEntityBase {

    @Version
    @NonNull
    @Description("Increases with every change. Updates and deletes take the version the client last read, and fail with"
            + " `CONFLICT` if someone changed the object since.")
    public int version;

    @NonNull
    @Description("When the object was recorded.")
    public OffsetDateTime createdAt;

    @NonNull
    @Description("When the object was last changed.")
    public OffsetDateTime updatedAt;

    @NonNull
    @Description("Who recorded the object: the subject of the token used, or `system` for reference and sample data.")
    public String createdBy;

    @NonNull
    @Description("Who last changed the object.")
    public String updatedBy;

    /** The GraphQL fields of the audit columns. */
    public static final List<String> FIELDS = List.of("version", "createdAt", "updatedAt", "createdBy", "updatedBy");

    /** The audit columns of the table aliased {@code alias}, for a select list. */
    public static String auditColumns(String alias) {
        return alias + ".version, " + alias + ".created_at, " + alias + ".updated_at, " + alias + ".created_by, "
                + alias + ".updated_by";
    }

    /** Reads the audit columns, if the statement selected them ({@link SelectList#withAudit(String)}). */
    protected void readAudit(Row row) {
        if (row.getColumnIndex("version") < 0) {
            return;
        }
        version = row.getInteger("version");
        createdAt = row.getOffsetDateTime("created_at");
        updatedAt = row.getOffsetDateTime("updated_at");
        createdBy = row.getString("created_by");
        updatedBy = row.getString("updated_by");
    }
}
