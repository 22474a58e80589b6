package io.entente.db;

import java.time.OffsetDateTime;
import java.util.List;

import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

import io.entente.graphql.Selection;
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

    /**
     * {@code columns} and the audit columns of the table aliased {@code alias}, or {@code columns} alone if the
     * batch being resolved shows no audit field of these rows (at {@code path} below its field; "" for its own
     * objects): five columns, two of them timestamps, that PostgreSQL need not send nor the driver decode.
     */
    public static String columns(String columns, String alias, String path) {
        return Selection.ofBatch().includesAny(path, FIELDS) ? columns + ", " + auditColumns(alias) : columns;
    }

    /** The audit columns of the table aliased {@code alias}, for a select list. */
    public static String auditColumns(String alias) {
        return alias + ".version, " + alias + ".created_at, " + alias + ".updated_at, " + alias + ".created_by, "
                + alias + ".updated_by";
    }

    /** Reads the audit columns, if the statement selected them ({@link #columns(String, String, String)}). */
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
