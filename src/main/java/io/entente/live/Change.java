package io.entente.live;

import java.util.Optional;

import org.jboss.logging.Logger;

import io.vertx.core.json.JsonObject;

/** One notification of the channel {@value #CHANNEL}: a committed transaction wrote the row {@code key} of a topic. */
record Change(Topic topic, long key) {

    static final String CHANNEL = "entente_changes";

    private static final Logger LOG = Logger.getLogger(Change.class);
    private static final int LOGGED_LENGTH = 200;

    /** The change a payload such as {@code {"type": "MEETING", "key": 42}} announces; empty, with a log line, if none. */
    static Optional<Change> parse(String payload) {
        try {
            JsonObject json = new JsonObject(payload);
            String type = json.getString("type");
            Object key = json.getValue("key");
            if (type != null && (key instanceof Long || key instanceof Integer)) {
                return Optional.of(new Change(Topic.valueOf(type), ((Number) key).longValue()));
            }
        } catch (RuntimeException e) {
            // not JSON, a type of the wrong kind or unknown: the same answer as a missing field
        }
        LOG.warnf("Ignoring a malformed notification on %s: %s", CHANNEL, shortened(payload));
        return Optional.empty();
    }

    private static String shortened(String payload) {
        return payload == null || payload.length() <= LOGGED_LENGTH ? payload : payload.substring(0, LOGGED_LENGTH) + "...";
    }
}
