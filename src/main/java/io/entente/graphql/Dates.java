package io.entente.graphql;

import java.time.LocalDate;

/** Date arguments: defaults and range checks. */
public final class Dates {

    private Dates() {
    }

    /** The day a field is evaluated on: the given one, or today. */
    public static LocalDate orToday(LocalDate on) {
        return on == null ? LocalDate.now() : on;
    }

    /** Refuses a range whose start lies after its end. */
    public static void requireOrdered(LocalDate from, LocalDate to) {
        if (from != null && to != null && from.isAfter(to)) {
            throw ApiError.badInput("\"from\" (" + from + ") must not be after \"to\" (" + to + ").");
        }
    }
}
