package io.entente.importer;

import io.entente.graphql.ApiError;

/**
 * A line of the input as read: its number (from 1) and text, or, when it could not be read as text (too long,
 * not UTF-8), why it is rejected.
 */
public record ImportLine(int number, String text, ApiError unreadable) {

    static ImportLine of(int number, String text) {
        return new ImportLine(number, text, null);
    }

    static ImportLine unreadable(int number, ApiError why) {
        return new ImportLine(number, null, why);
    }

    boolean blank() {
        return unreadable == null && text.isBlank();
    }
}
