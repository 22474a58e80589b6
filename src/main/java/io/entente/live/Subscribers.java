package io.entente.live;

import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.entente.config.EntenteConfig;
import io.entente.graphql.ApiError;
import io.entente.graphql.ErrorCode;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.subscription.BackPressureFailure;
import io.smallrye.mutiny.subscription.BackPressureStrategy;
import io.smallrye.mutiny.subscription.MultiEmitter;

/**
 * The live subscriptions of this instance, by topic; what {@link ChangeFeed} publishes to.
 *
 * <p><b>Bounded buffers.</b> Each subscription has a buffer of its own, {@code entente.live.buffer-size} changes
 * (default 256), holding what was published but not yet sent. A subscriber whose buffer is full when one more change
 * arrives has fallen behind: its subscription ends at once with the error {@code CONFLICT} (the buffered
 * changes are discarded with it), saying that changes were dropped and that the client should subscribe again and
 * re-query what it shows. No subscriber can make the server hold an unbounded number of changes, and none silently
 * misses one: a subscription either delivers every matching change, in commit order, or ends with that error. The
 * same error ends every subscription when the listener lost its database connection (see {@link ChangeListener}) or
 * could not read a change, since changes may have been missed then too.
 *
 * <p>The buffer counts what this server has not yet handed on. SmallRye GraphQL asks for the next change as soon as it
 * has passed the previous one to the WebSocket, without waiting for the client to read it, so a client that reads
 * slowly over a slow network is not detected here.
 */
@ApplicationScoped
class Subscribers {

    private static final String RESUBSCRIBE = " Subscribe again, then query again what you show, to catch up.";

    private final int bufferSize;
    private final Map<Topic, Set<Subscriber>> byTopic = new EnumMap<>(Topic.class);
    private volatile boolean closed;

    @Inject
    Subscribers(EntenteConfig config) {
        this(config.live().bufferSize());
    }

    /** @param bufferSize at least 1 ({@code ConfigCheck} refuses less at start-up) */
    Subscribers(int bufferSize) {
        this.bufferSize = bufferSize;
        for (Topic topic : Topic.values()) {
            byTopic.put(topic, ConcurrentHashMap.newKeySet());
        }
    }

    /**
     * The changes of a topic whose codes pass the filter, from the moment of subscription. The subscription counts
     * from then on, while {@code validation} (a lookup of the codes asked for) runs: if it fails, so does the stream.
     */
    Multi<Object> subscribe(Topic topic, Predicate<Codes> filter, Uni<Void> validation) {
        Multi<Object> changes = Multi.createFrom().emitter(emitter -> {
            Subscriber subscriber = new Subscriber(filter, emitter);
            Set<Subscriber> subscribers = byTopic.get(topic);
            subscribers.add(subscriber);
            emitter.onTermination(() -> subscribers.remove(subscriber));
            if (closed) {
                emitter.complete();
                return;
            }
            validation.subscribe().with(ok -> {
            }, emitter::fail);
        }, BackPressureStrategy.ERROR); // never triggers: the buffer below asks for everything
        return changes.onOverflow().buffer(bufferSize)
                .onFailure(BackPressureFailure.class).transform(overflow -> new ApiError(ErrorCode.CONFLICT,
                        "This subscription fell more than " + bufferSize + " changes behind and has ended: changes were dropped."
                                + RESUBSCRIBE));
    }

    /** True while at least one subscription of the topic is open: changes of other topics are not even read. */
    boolean any(Topic topic) {
        return !byTopic.get(topic).isEmpty();
    }

    void publish(Topic topic, Object item, Codes codes) {
        for (Subscriber subscriber : byTopic.get(topic)) {
            if (subscriber.filter.test(codes)) {
                subscriber.emitter.emit(item);
            }
        }
    }

    /** Ends every subscription of the topic with {@code CONFLICT}; the message says why. */
    void drop(Topic topic, String why) {
        ApiError error = new ApiError(ErrorCode.CONFLICT, why + RESUBSCRIBE);
        byTopic.get(topic).forEach(subscriber -> subscriber.emitter.fail(error));
    }

    void dropAll(String why) {
        for (Topic topic : Topic.values()) {
            drop(topic, why);
        }
    }

    /** On shutdown: every subscription completes (after what its buffer holds), and new ones complete at once. */
    void completeAll() {
        closed = true;
        byTopic.values().forEach(subscribers -> subscribers.forEach(subscriber -> subscriber.emitter.complete()));
    }

    private record Subscriber(Predicate<Codes> filter, MultiEmitter<? super Object> emitter) {
    }
}
