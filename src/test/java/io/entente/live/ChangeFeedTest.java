package io.entente.live;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import io.entente.live.ChangeLoader.Loaded;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.helpers.test.AssertSubscriber;
import io.smallrye.mutiny.subscription.UniEmitter;

/** From notifications to published objects, with a stand-in for the database. */
class ChangeFeedTest {

    private static final Codes TUVALU = new Codes(Set.of("TV", "TUV"), Set.of(), Set.of());

    private final List<String> reads = new ArrayList<>();
    private final List<UniEmitter<? super Map<Long, Loaded>>> pending = new ArrayList<>();
    private final Subscribers subscribers = new Subscribers(100);

    /** Answers every read at once with "MEETING 1"-like items, or keeps it pending when told to. */
    private ChangeFeed feed(boolean answerAtOnce) {
        return new ChangeFeed(subscribers, new ChangeLoader(null, null, null, null, null) {
            @Override
            Uni<Map<Long, Loaded>> load(Topic topic, List<Long> keys) {
                reads.add(topic + " " + keys);
                Map<Long, Loaded> loaded = keys.stream()
                        .collect(Collectors.toMap(Function.identity(), key -> new Loaded(topic + " " + key, TUVALU)));
                return answerAtOnce ? Uni.createFrom().item(loaded)
                        : Uni.createFrom().emitter(emitter -> pending.add(emitter)).replaceWith(loaded);
            }
        });
    }

    @Test
    void nothingIsReadWhileNobodySubscribes() {
        ChangeFeed feed = feed(true);
        feed.accept("{\"type\": \"MEETING\", \"key\": 1}");
        feed.accept("{\"type\": \"SANCTION_REGIME\", \"key\": 2}");
        assertEquals(List.of(), reads);
    }

    @Test
    void onlySubscribedTopicsAreReadAndPublishedInCommitOrder() {
        ChangeFeed feed = feed(true);
        AssertSubscriber<Object> meetings = subscribe(Topic.MEETING);

        feed.accept("{\"type\": \"MEETING\", \"key\": 1}");
        feed.accept("{\"type\": \"EVENT\", \"key\": 2}");
        feed.accept("not a notification");
        feed.accept("{\"type\": \"MEETING\", \"key\": 3}");

        assertEquals(List.of("MEETING [1]", "MEETING [3]"), reads);
        meetings.assertItems("MEETING 1", "MEETING 3");
    }

    @Test
    void changesArrivingDuringAReadAreReadTogetherNext() {
        ChangeFeed feed = feed(false);
        AssertSubscriber<Object> meetings = subscribe(Topic.MEETING);
        AssertSubscriber<Object> events = subscribe(Topic.EVENT);

        feed.accept("{\"type\": \"MEETING\", \"key\": 1}");
        feed.accept("{\"type\": \"EVENT\", \"key\": 2}");
        feed.accept("{\"type\": \"MEETING\", \"key\": 3}");
        feed.accept("{\"type\": \"MEETING\", \"key\": 3}");
        assertEquals(List.of("MEETING [1]"), reads);

        pending.remove(0).complete(null);
        assertEquals(List.of("MEETING [1]", "MEETING [3]", "EVENT [2]"), reads);
        pending.forEach(read -> read.complete(null));

        meetings.assertItems("MEETING 1", "MEETING 3", "MEETING 3");
        events.assertItems("EVENT 2");
    }

    private AssertSubscriber<Object> subscribe(Topic topic) {
        return subscribers.subscribe(topic, codes -> true, Uni.createFrom().voidItem())
                .subscribe().withSubscriber(AssertSubscriber.create(Long.MAX_VALUE));
    }
}
