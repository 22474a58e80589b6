package io.entente.db;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.jboss.logging.Logger;

import io.entente.config.EntenteConfig;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;

/**
 * Loads the sample data (the article's facts and the reference lists) into an empty database at start-up,
 * when {@code entente.sample-data.load} is on. Idempotent: it runs only while the country table is empty,
 * inside one transaction holding an advisory lock, so replicas starting together load it once.
 */
@ApplicationScoped
public class SampleDataLoader {

    private static final Logger LOG = Logger.getLogger(SampleDataLoader.class);
    static final String SCRIPT = "db/sample/sample-data.sql";
    private static final long LOCK = 0x656e74656e7465L; // "entente"

    private final Pool pool;
    private final boolean enabled;

    public SampleDataLoader(Pool pool, EntenteConfig config) {
        this.pool = pool;
        this.enabled = config.sampleData().load();
    }

    void onStart(@Observes StartupEvent event) {
        if (enabled) {
            boolean loaded = loadIfEmpty().await().atMost(Duration.ofMinutes(2));
            LOG.info(loaded ? "Sample data loaded into the empty database" : "Sample data not loaded: the database already has data");
        }
    }

    /** Emits true when the data was loaded, false when the database already had countries. */
    public Uni<Boolean> loadIfEmpty() {
        return pool.withTransaction(connection -> connection
                .preparedQuery("select pg_advisory_xact_lock($1)").execute(io.vertx.mutiny.sqlclient.Tuple.of(LOCK))
                .chain(() -> connection.query("select exists (select 1 from country)").execute())
                .chain(rows -> rows.iterator().next().getBoolean(0)
                        ? Uni.createFrom().item(false)
                        // The simple query protocol runs the whole multi-statement script in one round trip.
                        : connection.query(script()).execute().replaceWith(true)));
    }

    private static String script() {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(SCRIPT)) {
            if (in == null) {
                throw new IllegalStateException(SCRIPT + " is missing from the application");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
