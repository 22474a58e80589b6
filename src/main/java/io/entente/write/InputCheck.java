package io.entente.write;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import io.entente.graphql.ApiError;
import io.entente.graphql.ErrorCode;

/**
 * The cross-field rules of an input that Bean Validation cannot state (dates in order, distinct entries, URLs),
 * collected so that one answer names every offending field by its path from the argument.
 */
public final class InputCheck {

    private record Problem(String field, String message) {
    }

    private final String root;
    private final List<Problem> problems = new ArrayList<>();

    public InputCheck(String root) {
        this.root = root;
    }

    /** The path of a field below the argument: {@code path("participants", 2, "officialId")} is {@code input.participants[2].officialId}. */
    public String path(Object... steps) {
        StringBuilder path = new StringBuilder(root);
        for (Object step : steps) {
            if (step instanceof Integer index) {
                path.append('[').append(index).append(']');
            } else {
                path.append('.').append(step);
            }
        }
        return path.toString();
    }

    public InputCheck require(boolean holds, String field, String message) {
        if (!holds) {
            problems.add(new Problem(field, message));
        }
        return this;
    }

    /** {@code end} (exclusive, or inclusive when {@code sameDayAllowed}) comes after {@code start}; either may be absent. */
    public InputCheck inOrder(LocalDate start, LocalDate end, boolean sameDayAllowed, String endField, String startName) {
        return require(start == null || end == null || end.isAfter(start) || (sameDayAllowed && end.equals(start)),
                endField, "must be " + (sameDayAllowed ? "on or after " : "after ") + startName + " (" + start + ").");
    }

    public InputCheck url(String url, String field) {
        return require(url == null || isWebUrl(url), field, "must be an absolute http or https URL.");
    }

    /** Throws BAD_USER_INPUT naming every problem found; the first one's path goes in {@code extensions.field}. */
    public void orFail() {
        if (!problems.isEmpty()) {
            throw failure();
        }
    }

    public boolean ok() {
        return problems.isEmpty();
    }

    public ApiError failure() {
        StringBuilder message = new StringBuilder();
        for (Problem problem : problems) {
            message.append(message.length() == 0 ? "" : " ").append(problem.field()).append(": ").append(problem.message());
        }
        return new ApiError(ErrorCode.BAD_USER_INPUT, message.toString(), problems.get(0).field());
    }

    static boolean isWebUrl(String url) {
        try {
            URI uri = new URI(url);
            return ("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme()))
                    && uri.getHost() != null && !uri.getHost().isBlank() && url.length() <= 2000;
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
