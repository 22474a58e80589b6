package io.entente.auth;

import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.jwt.JsonWebToken;

import io.entente.config.EntenteConfig;
import io.entente.graphql.ApiError;
import io.entente.graphql.ErrorCode;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.smallrye.jwt.auth.principal.JWTParser;
import io.smallrye.jwt.auth.principal.ParseException;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;

/**
 * Decides who may do what. Reads are public unless {@code entente.reads.require-authentication} says otherwise;
 * writes need a valid bearer token whose {@code groups} claim grants the role.
 *
 * <p>The token is verified here, when an operation needs it, with the configured key ({@code mp.jwt.verify.*}),
 * rather than by Quarkus' HTTP authentication, which answers a bad token with a bare HTTP 401: GraphQL clients
 * get an error with {@code extensions.code} instead, and reads never fail because of a token they did not need.
 */
@ApplicationScoped
public class Access {

    private static final String BEARER = "Bearer ";

    private final CurrentVertxRequest request;
    private final JWTParser parser;
    private final boolean writesEnabled;
    private final boolean readsRequireAuthentication;

    public Access(CurrentVertxRequest request, JWTParser parser, EntenteConfig config) {
        this.request = request;
        this.parser = parser;
        this.writesEnabled = config.writes().enabled();
        this.readsRequireAuthentication = config.reads().requireAuthentication();
    }

    /** The caller of the current GraphQL request, if its token grants the role; otherwise UNAUTHENTICATED or FORBIDDEN. */
    public Uni<Actor> require(Role role) {
        return Uni.createFrom().item(this::authorization).chain(authorization -> require(role, authorization));
    }

    /** The same, for a request whose {@code Authorization} header the caller read itself. */
    public Uni<Actor> require(Role role, String authorization) {
        return Uni.createFrom().item(() -> {
            if (!writesEnabled) {
                throw new ApiError(ErrorCode.FORBIDDEN, "Writes are disabled on this server (ENTENTE_WRITES_ENABLED=false).");
            }
            JsonWebToken token = verifiedToken(authorization,
                    "This operation needs a bearer token with the role " + role.claim() + ".");
            Set<String> groups = token.getGroups() == null ? Set.of() : token.getGroups();
            if (!role.grantedBy(groups)) {
                throw new ApiError(ErrorCode.FORBIDDEN, "The token of " + token.getName()
                        + " does not grant the role " + role.claim() + ", which this operation needs.");
            }
            return new Actor(token.getName());
        });
    }

    /** Fails unless the caller may read: always succeeds, unless reads require authentication. */
    public void requireReader(String authorization) {
        if (readsRequireAuthentication) {
            verifiedToken(authorization, "This server requires a bearer token for every request.");
        }
    }

    public boolean readsRequireAuthentication() {
        return readsRequireAuthentication;
    }

    private String authorization() {
        RoutingContext current = request.getCurrent();
        return current == null ? null : current.request().getHeader("Authorization");
    }

    private JsonWebToken verifiedToken(String authorization, String whenMissing) {
        if (authorization == null || authorization.isBlank()) {
            throw new ApiError(ErrorCode.UNAUTHENTICATED, whenMissing);
        }
        if (!authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            throw new ApiError(ErrorCode.UNAUTHENTICATED, "The Authorization header must be \"Bearer <token>\".");
        }
        try {
            return parser.parse(authorization.substring(BEARER.length()).trim());
        } catch (ParseException e) {
            throw new ApiError(ErrorCode.UNAUTHENTICATED, "The bearer token is invalid or expired.");
        }
    }
}
