package io.entente.ops;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Startup;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;

/**
 * The startup probe's check: the schema is at the latest migration. Flyway migrates before the HTTP server
 * opens, so this is UP on the first call of a healthy start; once UP it stays UP without asking the database
 * again (readiness watches the database from then on).
 */
@Startup
@ApplicationScoped
public class MigrationsCheck implements HealthCheck {

    private final Flyway flyway;
    private volatile String migratedTo;

    public MigrationsCheck(Flyway flyway) {
        this.flyway = flyway;
    }

    @Override
    public HealthCheckResponse call() {
        if (migratedTo == null) {
            var info = flyway.info();
            MigrationInfo current = info.current();
            if (info.pending().length == 0 && current != null) {
                migratedTo = current.getVersion().toString();
            }
        }
        return HealthCheckResponse.named("Database migrations")
                .status(migratedTo != null)
                .withData("version", migratedTo == null ? "pending" : migratedTo)
                .build();
    }
}
