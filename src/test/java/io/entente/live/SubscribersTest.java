package io.entente.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import java.util.function.Predicate;

import org.junit.jupiter.api.Test;

import io.entente.graphql.ApiError;
import io.entente.graphql.ErrorCode;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.helpers.test.AssertSubscriber;

/** The fan-out on its own, without Quarkus: filters, bounded buffers, shutdown. */
class SubscribersTest {

    private static final Codes TUVALU_AND_NAURU = new Codes(Set.of("TV", "TUV", "NR", "NRU"), Set.of(), Set.of());
    private static final Codes TUVALU_AND_PALAU = new Codes(Set.of("TV", "TUV", "PW", "PLW"), Set.of(), Set.of());

    private final Subscribers subscribers = new Subscribers(2);

    @Test
    void aSubscriberGetsWhatPassesItsFilterInOrder() {
        AssertSubscriber<Object> nauru = subscribe(codes -> codes.parties().contains("NRU"), Long.MAX_VALUE);

        subscribers.publish(Topic.MEETING, "first", TUVALU_AND_NAURU);
        subscribers.publish(Topic.MEETING, "elsewhere", TUVALU_AND_PALAU);
        subscribers.publish(Topic.EVENT, "an event", TUVALU_AND_NAURU);
        subscribers.publish(Topic.MEETING, "second", TUVALU_AND_NAURU);

        nauru.assertItems("first", "second").assertNotTerminated();
    }

    @Test
    void aSubscriberMoreThanTheBufferBehindEndsWithEventsDropped() {
        AssertSubscriber<Object> slow = subscribe(codes -> true, 0);

        subscribers.publish(Topic.MEETING, "1", TUVALU_AND_NAURU);
        subscribers.publish(Topic.MEETING, "2", TUVALU_AND_NAURU);
        slow.assertNotTerminated();
        subscribers.publish(Topic.MEETING, "3", TUVALU_AND_NAURU);

        ApiError error = (ApiError) slow.assertFailedWith(ApiError.class).getFailure();
        assertEquals(ErrorCode.CONFLICT, error.code());
        assertTrue(error.getMessage().contains("more than 2 changes behind"), error.getMessage());
        assertTrue(error.getMessage().contains("Subscribe again"), error.getMessage());
        assertFalse(subscribers.any(Topic.MEETING), "an ended subscription no longer counts");
    }

    @Test
    void aSubscriberThatKeepsUpNeverOverflows() {
        AssertSubscriber<Object> steady = subscribe(codes -> true, 0);
        for (int i = 0; i < 10; i++) {
            subscribers.publish(Topic.MEETING, i, TUVALU_AND_NAURU);
            steady.request(1);
        }
        assertEquals(10, steady.getItems().size());
        steady.assertNotTerminated();
    }

    @Test
    void aFailedValidationEndsTheSubscription() {
        AssertSubscriber<Object> unknown = subscribers
                .subscribe(Topic.EVENT, codes -> true, Uni.createFrom().failure(ApiError.badInput("Unknown country code ZZ.")))
                .subscribe().withSubscriber(AssertSubscriber.create(1));
        unknown.assertFailedWith(ApiError.class, "Unknown country code ZZ.");
        assertFalse(subscribers.any(Topic.EVENT));
    }

    @Test
    void droppingEndsTheSubscriptionsOfATopicWithEventsDropped() {
        AssertSubscriber<Object> meetings = subscribe(codes -> true, 1);
        subscribers.dropAll("The server lost its connection to the database.");
        ApiError error = (ApiError) meetings.assertFailedWith(ApiError.class).getFailure();
        assertEquals(ErrorCode.CONFLICT, error.code());
    }

    @Test
    void onShutdownSubscriptionsCompleteAfterWhatTheyHold() {
        AssertSubscriber<Object> open = subscribe(codes -> true, 0);
        subscribers.publish(Topic.MEETING, "last", TUVALU_AND_NAURU);

        subscribers.completeAll();
        open.assertNotTerminated();
        open.request(1);
        open.assertItems("last").assertCompleted();

        subscribe(codes -> true, 1).assertCompleted().assertHasNotReceivedAnyItem();
    }

    private AssertSubscriber<Object> subscribe(Predicate<Codes> filter, long requested) {
        return subscribers.subscribe(Topic.MEETING, filter, Uni.createFrom().voidItem())
                .subscribe().withSubscriber(AssertSubscriber.create(requested));
    }
}
