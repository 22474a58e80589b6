package io.entente.ops;

import java.util.UUID;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.jboss.logging.MDC;

import io.vertx.ext.web.Router;

/**
 * Gives every HTTP request an id: the caller's {@code X-Request-Id} when it is a sensible token, a new one
 * otherwise. It is echoed in the response and put in the logging context ({@code requestId}), which Quarkus
 * keeps on the request's Vert.x context, so that every log line of the request, JSON or text, carries it.
 */
@ApplicationScoped
public class RequestIds {

    static final String HEADER = "X-Request-Id";
    static final String MDC_KEY = "requestId";
    private static final Pattern ACCEPTED = Pattern.compile("[A-Za-z0-9._:-]{1,64}");

    void register(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).handler(context -> {
            String given = context.request().getHeader(HEADER);
            String id = given != null && ACCEPTED.matcher(given).matches() ? given : UUID.randomUUID().toString();
            MDC.put(MDC_KEY, id);
            context.response().putHeader(HEADER, id);
            context.next();
        });
    }
}
