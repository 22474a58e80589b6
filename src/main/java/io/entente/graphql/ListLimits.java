package io.entente.graphql;

import java.util.List;

/** Bounds on list arguments, so that one request cannot ask for an unbounded amount of work. */
public final class ListLimits {

    public static final int MAX_COUNTRY_CODES = 10;

    private ListLimits() {
    }

    public static void requireAtMost(String argument, List<?> values, int max) {
        if (values != null && values.size() > max) {
            throw ApiError.badInput("\"" + argument + "\" takes at most " + max + " values (was " + values.size() + ").");
        }
    }
}
