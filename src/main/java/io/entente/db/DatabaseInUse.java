package io.entente.db;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import io.entente.config.EntenteConfig;
import io.quarkus.runtime.StartupEvent;

/** Says in one log line at start-up which database the application uses. */
@ApplicationScoped
public class DatabaseInUse {

    private static final Logger LOG = Logger.getLogger(DatabaseInUse.class);

    private final String url;
    private final boolean embedded;

    /**
     * The URL is required here so that, in prod (which never embeds a database), Quarkus's configuration check
     * stops start-up with one line naming it, before Flyway or Hibernate try to connect.
     */
    public DatabaseInUse(@ConfigProperty(name = "quarkus.datasource.reactive.url") String url,
            EntenteConfig config) {
        this.url = url;
        this.embedded = config.database().embedded();
    }

    void onStart(@Observes StartupEvent event) {
        LOG.infof("Database: %s (%s)", withoutCredentials(url),
                embedded ? "embedded PostgreSQL, started because no datasource URL is configured; data is discarded at exit"
                        : "configured");
    }

    /** Drops any {@code user:password@} part so that secrets never reach the log. */
    static String withoutCredentials(String url) {
        return url.replaceAll("//[^/@]*@", "//");
    }
}
