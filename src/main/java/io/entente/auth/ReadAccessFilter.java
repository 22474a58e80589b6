package io.entente.auth;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;

import io.entente.graphql.ApiError;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;

/**
 * With {@code entente.reads.require-authentication=true}, refuses every GraphQL request over HTTP that carries
 * no valid bearer token (any role), before the request reaches the GraphQL engine. The answer is a GraphQL
 * response with {@code UNAUTHENTICATED}, status 401. WebSocket upgrades pass: a subscription's token may come in
 * its {@code connection_init} payload, and the subscription checks it.
 */
@ApplicationScoped
public class ReadAccessFilter {

    private final Access access;
    private final Jsonb jsonb = JsonbBuilder.create();

    public ReadAccessFilter(Access access) {
        this.access = access;
    }

    void register(@Observes Router router) {
        if (!access.readsRequireAuthentication()) {
            return;
        }
        // After Quarkus' CORS filter (order -300), so that a browser on an allowed origin can read the 401.
        router.route("/graphql*").order(-98).handler(context -> {
            boolean upgrade = "websocket".equalsIgnoreCase(context.request().getHeader(HttpHeaders.UPGRADE));
            if (upgrade) {
                context.next();
                return;
            }
            try {
                access.requireReader(context.request().getHeader(HttpHeaders.AUTHORIZATION));
                context.next();
            } catch (ApiError refused) {
                context.response().setStatusCode(401).putHeader(HttpHeaders.CONTENT_TYPE, "application/json")
                        .end(jsonb.toJson(refused.asResponse()));
            }
        });
    }
}
