package io.entente.live;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;

import org.junit.jupiter.api.Test;

/** Notifications as the triggers send them, and what is ignored. */
class ChangeTest {

    @Test
    void aTriggersPayloadIsAChange() {
        assertEquals(Optional.of(new Change(Topic.MEETING, 42)), Change.parse("{\"type\" : \"MEETING\", \"key\" : 42}"));
        assertEquals(Optional.of(new Change(Topic.SANCTION_REGIME, 7_000_000_000L)),
                Change.parse("{\"type\": \"SANCTION_REGIME\", \"key\": 7000000000}"));
    }

    @Test
    void malformedPayloadsAreIgnored() {
        for (String payload : new String[] { null, "", "MEETING 42", "[]", "{\"type\": \"MEETING\"}", "{\"key\": 1}",
                "{\"type\": \"OFFICIAL\", \"key\": 1}", "{\"type\": \"MEETING\", \"key\": \"1\"}",
                "{\"type\": \"MEETING\", \"key\": 1.5}", "{\"type\": 3, \"key\": 1}", "{\"type\": \"MEETING\", \"key\": null}" }) {
            assertEquals(Optional.empty(), Change.parse(payload), payload);
        }
    }

    @Test
    void reconnectionWaitsLongerAfterEachFailureUpToHalfAMinute() {
        assertEquals(500, ChangeListener.delayBefore(0));
        assertEquals(1_000, ChangeListener.delayBefore(1));
        assertEquals(16_000, ChangeListener.delayBefore(5));
        assertEquals(30_000, ChangeListener.delayBefore(6));
        assertEquals(30_000, ChangeListener.delayBefore(1_000));
    }
}
