package io.entente.http;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;

/**
 * HTTP caching of GET answers. An anonymous query answered without errors gets a weak ETag (a hash of its JSON,
 * the same compressed or not) and {@code Cache-Control: public, max-age=N}; a request whose {@code If-None-Match}
 * holds that tag is answered 304 without a body. Everything else a GET answers is {@code no-store}: answers with
 * errors, and answers to a request carrying {@code Authorization} (private to that caller). Mutations never run
 * over GET, nor subscriptions over plain HTTP, so they are never cached. {@code Vary} names the request headers the
 * answer depends on, so that shared caches keep the variants apart.
 */
final class HttpCaching {

    static final String VARY = "Accept, Accept-Encoding, Authorization";
    private final long maxAgeSeconds;

    HttpCaching(int maxAgeSeconds) {
        this.maxAgeSeconds = maxAgeSeconds;
    }

    /** Sets the caching headers of a GET's answer; true when the answer is 304 and must go without its body. */
    boolean notModified(HttpServerRequest request, HttpServerResponse response, Answer answer) {
        response.putHeader(HttpHeaders.VARY, VARY);
        if (!answer.cacheable() || maxAgeSeconds <= 0 || request.getHeader(HttpHeaders.AUTHORIZATION) != null) {
            response.putHeader(HttpHeaders.CACHE_CONTROL, "no-store");
            return false;
        }
        String tag = "W/\"" + hash(answer.json()) + "\"";
        response.putHeader(HttpHeaders.ETAG, tag).putHeader(HttpHeaders.CACHE_CONTROL, "public, max-age=" + maxAgeSeconds);
        return matches(request.getHeader(HttpHeaders.IF_NONE_MATCH), tag);
    }

    /** Weak comparison, as RFC 9110 asks for If-None-Match: {@code W/"x"} and {@code "x"} match. */
    static boolean matches(String ifNoneMatch, String tag) {
        if (ifNoneMatch == null) {
            return false;
        }
        String opaque = tag.substring(2);
        for (String candidate : ifNoneMatch.split(",")) {
            String value = candidate.trim();
            if (value.equals("*") || value.equals(tag) || value.equals(opaque) || value.startsWith("W/") && value.substring(2).equals(opaque)) {
                return true;
            }
        }
        return false;
    }

    private static String hash(Buffer json) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(json.getBytes());
            return HexFormat.of().formatHex(digest, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
