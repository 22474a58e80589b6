package io.entente.http;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.JsonObject;

import io.quarkus.arc.Arc;
import io.quarkus.arc.InstanceHandle;
import io.quarkus.arc.ManagedContext;
import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;
import io.smallrye.graphql.execution.ExecutionResponse;
import io.smallrye.graphql.execution.ExecutionResponseWriter;
import io.smallrye.graphql.execution.ExecutionService;
import io.smallrye.graphql.execution.context.SmallRyeContextManager;
import io.vertx.core.MultiMap;
import io.vertx.ext.web.RoutingContext;

/**
 * Runs operations with the engine SmallRye built, as Quarkus' own GraphQL handler does
 * ({@code SmallRyeGraphQLAbstractHandler}): inside the request context, which ends with the response; with the
 * caller's security identity attached ({@link CurrentIdentityAssociation}, from the bearer token Quarkus'
 * authentication read, so that {@code @RolesAllowed} checks see it); with the current Vert.x request set; and with
 * the same metadata (the headers, the request context's state for resolvers that resume it).
 */
@ApplicationScoped
class Engine {

    private volatile ExecutionService executionService;
    private volatile InstanceHandle<CurrentIdentityAssociation> identities;

    /** Starts every operation, all within one activation of the request context; answers come back in order. */
    List<CompletableFuture<ExecutionResponse>> execute(RoutingContext context, List<JsonObject> inputs,
            List<Map<String, Object>> extras) {
        ManagedContext requestContext = Arc.container().requestContext();
        context.response().endHandler(ignored -> terminate(requestContext))
                .closeHandler(ignored -> terminate(requestContext))
                .exceptionHandler(ignored -> terminate(requestContext));
        boolean activatedHere = !requestContext.isActive();
        if (activatedHere) {
            requestContext.activate();
        }
        List<CompletableFuture<ExecutionResponse>> answers = new ArrayList<>(inputs.size());
        try {
            attachIdentity(context);
            for (int i = 0; i < inputs.size(); i++) {
                CompletableFuture<ExecutionResponse> answer = new CompletableFuture<>();
                Map<String, Object> metadata = metadata(context, requestContext);
                metadata.putAll(extras.get(i));
                // SmallRye reuses the thread's current context for a new request: each operation starts without one.
                SmallRyeContextManager.clearCurrentSmallRyeContext();
                executionService().executeAsync(inputs.get(i), metadata, new ExecutionResponseWriter() {
                    @Override
                    public void write(ExecutionResponse response) {
                        answer.complete(response);
                    }

                    @Override
                    public void fail(Throwable failure) {
                        answer.completeExceptionally(failure);
                    }
                });
                answers.add(answer);
            }
            SmallRyeContextManager.clearCurrentSmallRyeContext();
            if (activatedHere) {
                requestContext.deactivate();
            }
        } catch (RuntimeException e) {
            terminate(requestContext);
            throw e;
        }
        return answers;
    }

    /** As {@code SmallRyeGraphQLAbstractHandler.withIdentity}: the authenticated user, or the deferred identity. */
    private void attachIdentity(RoutingContext context) {
        CurrentIdentityAssociation association = identities();
        if (association != null) {
            if (context.user() instanceof QuarkusHttpUser user) {
                association.setIdentity(user.getSecurityIdentity());
            } else {
                association.setIdentity(QuarkusHttpUser.getSecurityIdentity(context, null));
            }
        }
        Arc.container().instance(CurrentVertxRequest.class).get().setCurrent(context);
    }

    /** What SmallRye's handler passes with a request: the headers, and the request context to carry along. */
    private static Map<String, Object> metadata(RoutingContext context, ManagedContext requestContext) {
        Map<String, List<String>> headers = new HashMap<>();
        MultiMap all = context.request().headers();
        for (String name : all.names()) {
            headers.put(name, all.getAll(name));
        }
        Map<String, Object> metadata = new HashMap<>();
        metadata.put("runBlocking", false);
        metadata.put("httpHeaders", headers);
        metadata.put("state", requestContext.getState());
        return metadata;
    }

    private ExecutionService executionService() {
        if (executionService == null) {
            executionService = Arc.container().instance(ExecutionService.class).get();
        }
        return executionService;
    }

    private CurrentIdentityAssociation identities() {
        if (identities == null) {
            identities = Arc.container().instance(CurrentIdentityAssociation.class);
        }
        return identities.isAvailable() ? identities.get() : null;
    }

    private static void terminate(ManagedContext requestContext) {
        SmallRyeContextManager.clearCurrentSmallRyeContext();
        requestContext.terminate();
    }
}
