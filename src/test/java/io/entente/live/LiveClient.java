package io.entente.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.net.URL;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

import io.vertx.core.Vertx;
import io.vertx.core.http.WebSocket;
import io.vertx.core.http.WebSocketConnectOptions;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

/**
 * A small graphql-transport-ws client for tests, on its own Vert.x: one WebSocket, {@code connection_init} then
 * {@code connection_ack}, and operations by id, each with the messages ({@code next}, {@code error},
 * {@code complete}) it received, in order.
 */
public final class LiveClient implements AutoCloseable {

    static final Duration TIMEOUT = Duration.ofSeconds(10);
    /** How probes are named: messages about them are skipped by {@link Operation#next()}. */
    static final String PROBE = "Live probe";

    private final Vertx vertx = Vertx.vertx();
    private final Map<String, BlockingQueue<JsonObject>> messages = new ConcurrentHashMap<>();
    private final CompletableFuture<Void> acknowledged = new CompletableFuture<>();
    private final CompletableFuture<Short> closed = new CompletableFuture<>();
    private final AtomicInteger ids = new AtomicInteger();
    private WebSocket socket;

    /** Connects to the GraphQL endpoint; a non-null header is sent as the upgrade request's Authorization. */
    public static LiveClient open(URL graphql, String authorizationHeader) {
        LiveClient client = new LiveClient();
        WebSocketConnectOptions options = new WebSocketConnectOptions().setHost(graphql.getHost()).setPort(graphql.getPort())
                .setURI(graphql.getPath()).addSubProtocol("graphql-transport-ws");
        if (authorizationHeader != null) {
            options.addHeader("Authorization", authorizationHeader);
        }
        client.socket = await(client.vertx.createWebSocketClient().connect(options).toCompletionStage().toCompletableFuture());
        client.socket.textMessageHandler(client::received);
        client.socket.closeHandler(v -> client.closed.complete(client.socket.closeStatusCode()));
        return client;
    }

    /** Sends connection_init (with the payload, if any) and waits for connection_ack. */
    public LiveClient init(Map<String, Object> payload) {
        sendInit(payload);
        CompletableFuture.anyOf(acknowledged, closed).orTimeout(TIMEOUT.toSeconds(), TimeUnit.SECONDS).join();
        if (!acknowledged.isDone()) {
            fail("The server closed the connection instead of acknowledging it: " + closed.join());
        }
        return this;
    }

    /** Sends connection_init without waiting for the answer. */
    void sendInit(Map<String, Object> payload) {
        JsonObject message = new JsonObject().put("type", "connection_init");
        if (payload != null) {
            message.put("payload", new JsonObject(payload));
        }
        socket.writeTextMessage(message.encode());
    }

    static LiveClient connect(URL graphql) {
        return open(graphql, null).init(null);
    }

    /** Starts an operation; variables are name/value pairs. */
    public Operation subscribe(String document, Object... variables) {
        Map<String, Object> values = new HashMap<>();
        for (int i = 0; i < variables.length; i += 2) {
            values.put((String) variables[i], variables[i + 1]);
        }
        String id = String.valueOf(ids.incrementAndGet());
        messages.put(id, new LinkedBlockingQueue<>());
        socket.writeTextMessage(new JsonObject().put("id", id).put("type", "subscribe")
                .put("payload", new JsonObject().put("query", document).put("variables", new JsonObject(values))).encode());
        return new Operation(id);
    }

    /** The close code the server closed the connection with. */
    short awaitClose() {
        return closed.orTimeout(TIMEOUT.toSeconds(), TimeUnit.SECONDS).join();
    }

    private void received(String text) {
        JsonObject message = new JsonObject(text);
        String type = message.getString("type");
        if ("connection_ack".equals(type)) {
            acknowledged.complete(null);
        } else if ("ping".equals(type)) {
            socket.writeTextMessage(new JsonObject().put("type", "pong").encode());
        } else if (message.containsKey("id")) {
            messages.computeIfAbsent(message.getString("id"), id -> new LinkedBlockingQueue<>()).add(message);
        }
    }

    @Override
    public void close() {
        if (socket != null && !socket.isClosed()) {
            await(socket.close().toCompletionStage().toCompletableFuture());
        }
        await(vertx.close().toCompletionStage().toCompletableFuture());
    }

    private static <T> T await(CompletableFuture<T> future) {
        return future.orTimeout(TIMEOUT.toSeconds(), TimeUnit.SECONDS).join();
    }

    /** One operation of the connection. */
    public final class Operation {

        private final String id;

        private Operation(String id) {
            this.id = id;
        }

        /** The next message (next, error or complete), or null if none comes within the time. */
        JsonObject poll(Duration within) {
            try {
                return messages.get(id).poll(within.toMillis(), TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }

        /**
         * Writes probes until the operation delivers one. The protocol does not say when a subscription starts to
         * count, so this is how a test knows that it does, before it writes what it expects to receive.
         */
        void awaitDelivering(Consumer<String> writeProbe) {
            for (int attempt = 1; attempt <= 20; attempt++) {
                writeProbe.accept(PROBE + " " + UUID.randomUUID());
                JsonObject message = poll(Duration.ofMillis(500));
                if (message != null) {
                    assertTrue(message.encode().contains(PROBE), message::encode);
                    return;
                }
            }
            fail("operation " + id + " delivered none of 20 probes");
        }

        /** The next message other than a probe's; fails the test if none comes within {@link #TIMEOUT}. */
        JsonObject next() {
            long deadline = System.nanoTime() + TIMEOUT.toNanos();
            for (;;) {
                JsonObject message = poll(Duration.ofNanos(Math.max(0, deadline - System.nanoTime())));
                assertNotNull(message, "no message for operation " + id + " within " + TIMEOUT);
                if (!message.encode().contains(PROBE)) {
                    return message;
                }
            }
        }

        /** The data of the next {@code next} message, which must carry no error. */
        JsonObject nextData() {
            JsonObject message = next();
            assertEquals("next", message.getString("type"), message::encode);
            JsonObject payload = message.getJsonObject("payload");
            assertNull(payload.getValue("errors"), payload::encode);
            return payload.getJsonObject("data");
        }

        /**
         * The errors the operation ended with: either an {@code error} message (the operation was refused), or a
         * {@code next} whose payload has errors followed by {@code complete} (the stream failed).
         */
        JsonArray awaitErrors() {
            JsonObject message = next();
            if ("error".equals(message.getString("type"))) {
                return message.getJsonArray("payload");
            }
            assertEquals("next", message.getString("type"), message::encode);
            JsonObject payload = message.getJsonObject("payload");
            JsonArray errors = payload.getJsonArray("errors");
            assertNotNull(errors, message::encode);
            // the last item carries the error only, never an object delivered before
            payload.getJsonObject("data").forEach(field -> assertNull(field.getValue(), message::encode));
            assertEquals("complete", next().getString("type"));
            return errors;
        }
    }
}
