package io.entente.live;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import io.entente.live.ChangeLoader.Loaded;
import io.smallrye.mutiny.Uni;

/**
 * Turns notifications into published objects, in the order the transactions committed.
 *
 * <p>A change is read only while its topic has a subscriber, so that a bulk import costs nothing when nobody
 * watches. Changes that arrive while a batch is being read wait in a backlog and are read together next, with one
 * statement per topic and query for up to {@value #MAX_BATCH} of them: a burst of notifications costs a few
 * statements, not one per row. The backlog is bounded too: past {@value #MAX_BACKLOG} waiting changes it is
 * discarded and the subscriptions of its topics end with {@code CONFLICT}.
 */
@ApplicationScoped
class ChangeFeed {

    static final int MAX_BATCH = 500;
    static final int MAX_BACKLOG = 10_000;

    private static final Logger LOG = Logger.getLogger(ChangeFeed.class);

    private final Subscribers subscribers;
    private final ChangeLoader loader;
    private final Deque<Change> backlog = new ArrayDeque<>();
    private boolean reading;

    ChangeFeed(Subscribers subscribers, ChangeLoader loader) {
        this.subscribers = subscribers;
        this.loader = loader;
    }

    /** Called with every notification's payload, in the order PostgreSQL delivers them (commit order). */
    void accept(String payload) {
        Change.parse(payload).filter(change -> subscribers.any(change.topic())).ifPresent(this::enqueue);
    }

    private void enqueue(Change change) {
        Set<Topic> discarded = Set.of();
        boolean startReading;
        synchronized (this) {
            if (backlog.size() >= MAX_BACKLOG) {
                discarded = topicsOf(backlog);
                backlog.clear();
            }
            backlog.add(change);
            startReading = !reading;
            reading = true;
        }
        if (!discarded.isEmpty()) {
            LOG.warnf("%d changes arrived faster than they could be read; their subscriptions were ended", MAX_BACKLOG);
            discarded.forEach(topic -> subscribers.drop(topic, "The server received changes faster than it could read them."));
        }
        if (startReading) {
            readNext();
        }
    }

    /** Reads and publishes the next batch, then the one after, until the backlog is empty. One reader at a time. */
    private void readNext() {
        List<Change> batch = new ArrayList<>();
        synchronized (this) {
            while (batch.size() < MAX_BATCH && !backlog.isEmpty()) {
                batch.add(backlog.poll());
            }
            if (batch.isEmpty()) {
                reading = false;
                return;
            }
        }
        read(batch).subscribe().with(loaded -> {
            publish(batch, loaded);
            readNext();
        }, failure -> {
            LOG.errorf(failure, "Could not read %d changes; their subscriptions were ended", batch.size());
            topicsOf(batch).forEach(topic -> subscribers.drop(topic, "The server could not read a change."));
            readNext();
        });
    }

    private Uni<Map<Topic, Map<Long, Loaded>>> read(List<Change> batch) {
        Map<Topic, Set<Long>> keys = new EnumMap<>(Topic.class);
        for (Change change : batch) {
            if (subscribers.any(change.topic())) {
                keys.computeIfAbsent(change.topic(), topic -> new LinkedHashSet<>()).add(change.key());
            }
        }
        if (keys.isEmpty()) {
            return Uni.createFrom().item(Map.of());
        }
        List<Uni<Map.Entry<Topic, Map<Long, Loaded>>>> reads = keys.entrySet().stream()
                .map(entry -> loader.load(entry.getKey(), List.copyOf(entry.getValue()))
                        .map(loaded -> Map.entry(entry.getKey(), loaded)))
                .toList();
        return Uni.join().all(reads).andFailFast().map(entries -> {
            Map<Topic, Map<Long, Loaded>> byTopic = new EnumMap<>(Topic.class);
            entries.forEach(entry -> byTopic.put(entry.getKey(), entry.getValue()));
            return byTopic;
        });
    }

    private void publish(List<Change> batch, Map<Topic, Map<Long, Loaded>> loaded) {
        for (Change change : batch) {
            Loaded item = loaded.getOrDefault(change.topic(), Map.of()).get(change.key());
            if (item != null) { // null: deleted since, or nobody subscribed any more
                subscribers.publish(change.topic(), item.item(), item.codes());
            }
        }
    }

    private static Set<Topic> topicsOf(Iterable<Change> changes) {
        Set<Topic> topics = EnumSet.noneOf(Topic.class);
        changes.forEach(change -> topics.add(change.topic()));
        return topics;
    }
}
