package io.entente.graphql;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Turns the {@code first}/{@code after} arguments of a list field into a page request, within the limits. */
@ApplicationScoped
public class Paging {

    private final int defaultSize;
    private final int maxSize;

    public Paging(@ConfigProperty(name = "entente.page.default-size") int defaultSize,
            @ConfigProperty(name = "entente.page.max-size") int maxSize) {
        this.defaultSize = defaultSize;
        this.maxSize = maxSize;
    }

    public <T> PageRequest<T> request(Integer first, String after, Ordering<T> ordering) {
        return new PageRequest<>(size(first), after == null ? null : ordering.decode(after), ordering);
    }

    /** A page size from {@code first}: the default when absent, refused outside 0..max. */
    public int size(Integer first) {
        if (first == null) {
            return defaultSize;
        }
        if (first < 0) {
            throw ApiError.badInput("\"first\" must not be negative (was " + first + ").");
        }
        if (first > maxSize) {
            throw ApiError.badInput("\"first\" must be at most " + maxSize + " (was " + first + ").");
        }
        return first;
    }

    public int maxSize() {
        return maxSize;
    }
}
