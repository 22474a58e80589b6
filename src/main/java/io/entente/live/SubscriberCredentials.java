package io.entente.live;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.JsonString;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import graphql.GraphQLContext;
import graphql.schema.DataFetchingEnvironment;
import io.smallrye.graphql.api.Context;

/**
 * The Authorization a subscription came with. Over WebSocket there is no request per operation: the client sends its
 * bearer token either as the {@code Authorization} header of the upgrade request, or in the payload of
 * {@code connection_init} under the name {@code quarkus.smallrye-graphql.authorization-client-init-payload-name}
 * ({@code {"Authorization": "Bearer ..."}}), as browsers cannot set headers on a WebSocket. SmallRye GraphQL puts
 * both in every operation's GraphQL context, as {@value #HEADERS} (the upgrade request's headers) and
 * {@value #INIT_PAYLOAD}.
 */
@ApplicationScoped
class SubscriberCredentials {

    static final String HEADERS = "httpHeaders";
    static final String INIT_PAYLOAD = "init-payload";
    private static final String AUTHORIZATION = "Authorization";

    private final Context context;
    private final String initPayloadName;

    SubscriberCredentials(Context context,
            @ConfigProperty(name = "quarkus.smallrye-graphql.authorization-client-init-payload-name") Optional<String> initPayloadName) {
        this.context = context;
        this.initPayloadName = initPayloadName.orElse(null);
    }

    /** The value of the Authorization the current operation came with (connection_init's first), or null. */
    String authorization() {
        GraphQLContext graphQLContext = context.unwrap(DataFetchingEnvironment.class).getGraphQlContext();
        String fromInit = initPayloadName == null ? null : fromInitPayload(graphQLContext.get(INIT_PAYLOAD));
        return fromInit != null ? fromInit : fromHeaders(graphQLContext.get(HEADERS));
    }

    private String fromInitPayload(Map<String, Object> payload) {
        Object value = payload == null ? null : payload.get(initPayloadName);
        if (value instanceof JsonString json) {
            return json.getString();
        }
        return value instanceof String text ? text : null;
    }

    private static String fromHeaders(Map<String, List<String>> headers) {
        if (headers == null) {
            return null;
        }
        return headers.entrySet().stream()
                .filter(header -> AUTHORIZATION.equalsIgnoreCase(header.getKey()) && !header.getValue().isEmpty())
                .map(header -> header.getValue().get(0))
                .findFirst().orElse(null);
    }
}
