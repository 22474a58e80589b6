package io.entente.live;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import io.quarkus.runtime.ShutdownDelayInitiatedEvent;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.pgclient.PgConnection;
import io.vertx.mutiny.pgclient.pubsub.PgSubscriber;
import io.vertx.pgclient.PgConnectOptions;

/**
 * This instance's one listener on the channel {@value Change#CHANNEL}, where the triggers announce every committed
 * write of a meeting, an event or a sanction regime, whichever connection made it (another replica, the import
 * command, psql). It hands each notification to the {@link ChangeFeed}.
 *
 * <p>LISTEN holds a connection for as long as the application runs, so the listener has its own, opened with the
 * pool's settings ({@code quarkus.datasource.reactive.url}, {@code username}, {@code password}) and named
 * {@value #APPLICATION_NAME} in {@code pg_stat_activity}. When the connection is lost it reconnects, waiting 0.5 s,
 * then twice as long after each failure, up to 30 s. A heartbeat every 30 s finds a connection that died silently
 * (a dropped idle connection through a NAT gateway, say) and closes it, which starts the same reconnection.
 * Notifications sent while the listener was away are lost for good, so when it listens again every open
 * subscription ends with {@code CONFLICT}: its client subscribes again and re-queries, and misses nothing.
 */
@ApplicationScoped
class ChangeListener {

    static final String APPLICATION_NAME = "entente-live";

    private static final Logger LOG = Logger.getLogger(ChangeListener.class);
    private static final long FIRST_DELAY_MILLIS = 500;
    private static final long MAX_DELAY_MILLIS = 30_000;
    private static final long HEARTBEAT_MILLIS = 30_000;
    private static final Duration HEARTBEAT_TIMEOUT = Duration.ofSeconds(10);

    private final Vertx vertx;
    private final ChangeFeed feed;
    private final Subscribers subscribers;
    private final PgConnectOptions options;
    private PgSubscriber subscriber;
    private long heartbeat;
    private boolean listenedBefore;
    private volatile boolean stopped;

    ChangeListener(Vertx vertx, ChangeFeed feed, Subscribers subscribers,
            @ConfigProperty(name = "quarkus.datasource.reactive.url") List<String> urls,
            @ConfigProperty(name = "quarkus.datasource.username") Optional<String> username,
            @ConfigProperty(name = "quarkus.datasource.password") Optional<String> password) {
        this.vertx = vertx;
        this.feed = feed;
        this.subscribers = subscribers;
        // Like the pool, accept the URL with Quarkus' optional prefix; with several URLs (fail-over), use the first.
        this.options = PgConnectOptions.fromUri(urls.get(0).replaceFirst("^vertx-reactive:", ""));
        username.ifPresent(options::setUser);
        password.ifPresent(options::setPassword);
        options.addProperty("application_name", APPLICATION_NAME);
    }

    void start(@Observes StartupEvent event) {
        subscriber = PgSubscriber.subscriber(vertx, options)
                .reconnectPolicy(attempt -> delayBefore(attempt));
        subscriber.channel(Change.CHANNEL)
                .subscribeHandler(this::listening)
                .handler(feed::accept);
        connect(0);
        heartbeat = vertx.setPeriodic(HEARTBEAT_MILLIS, id -> checkConnection());
    }

    /**
     * Subscriptions complete as soon as shutdown begins (SIGTERM, when {@code quarkus.shutdown.delay} is enabled), while
     * their WebSockets are still open: by {@link ShutdownEvent} the HTTP server has already closed them, and a client
     * would see its connection drop instead of each subscription's {@code complete}.
     */
    void beginShutdown(@Observes ShutdownDelayInitiatedEvent event) {
        subscribers.completeAll();
    }

    /** On shutdown every subscription completes (if it has not yet), then the listener disconnects. */
    void stop(@Observes ShutdownEvent event) {
        stopped = true;
        subscribers.completeAll();
        vertx.cancelTimer(heartbeat);
        if (subscriber != null) {
            subscriber.close().await().atMost(Duration.ofSeconds(5));
        }
    }

    /** Runs each time LISTEN succeeds: at start-up, and again after every reconnection. */
    private synchronized void listening() {
        if (!listenedBefore) {
            listenedBefore = true;
            LOG.infof("Listening for changes on %s", Change.CHANNEL);
            return;
        }
        LOG.warnf("Listening for changes on %s again after losing the connection; open subscriptions end", Change.CHANNEL);
        subscribers.dropAll("The server lost its connection to the database for a moment, and changes may have been missed.");
    }

    /** A first connection is retried as reconnections are: PgSubscriber itself retries only connections it had. */
    private void connect(int attempt) {
        subscriber.connect().subscribe().with(connected -> {
        }, failure -> {
            if (stopped) {
                return;
            }
            long delay = delayBefore(attempt);
            LOG.warnf("Cannot listen for changes on %s yet (%s); trying again in %d ms", Change.CHANNEL,
                    failure.getMessage(), delay);
            synchronized (this) {
                listenedBefore = true; // subscriptions opened until then have missed changes
            }
            subscriber.close().subscribe().with(closed -> vertx.setTimer(delay, id -> connect(attempt + 1)));
        });
    }

    private void checkConnection() {
        PgConnection connection = subscriber.actualConnection();
        if (connection == null) {
            return; // reconnecting
        }
        connection.query("select 1").execute()
                .ifNoItem().after(HEARTBEAT_TIMEOUT).fail()
                .subscribe().with(ok -> {
                }, failure -> {
                    LOG.warnf("The connection listening on %s does not answer (%s); reconnecting", Change.CHANNEL,
                            failure.getMessage());
                    connection.closeAndForget();
                });
    }

    static long delayBefore(int attempt) {
        return Math.min(MAX_DELAY_MILLIS, FIRST_DELAY_MILLIS << Math.min(attempt, 16));
    }
}
