package io.entente.paging;

import jakarta.enterprise.context.ApplicationScoped;

import io.entente.config.EntenteConfig;
import io.entente.graphql.ApiError;

/** Turns the {@code first}/{@code after} arguments of a list field into a page request, within the limits. */
@ApplicationScoped
public class Paging {

    private final int defaultSize;
    private final int maxSize;

    public Paging(EntenteConfig config) {
        this.defaultSize = config.page().defaultSize();
        this.maxSize = config.page().maxSize();
    }

    public <T> PageRequest<T> request(Integer first, String after, Ordering<T> ordering) {
        return new PageRequest<>(size(first), after == null ? null : ordering.decode(after), ordering, false);
    }

    /** A request from all four Relay arguments: {@code first}/{@code after} forwards, or {@code last}/{@code before} backwards. */
    public <T> PageRequest<T> request(Integer first, String after, Integer last, String before, Ordering<T> ordering) {
        if (last == null && before == null) {
            return request(first, after, ordering);
        }
        if (first != null || after != null) {
            throw ApiError.badInput("Use \"first\" and \"after\" to page forwards or \"last\" and \"before\" to page backwards, not both.");
        }
        return new PageRequest<>(size(last, "last"), before == null ? null : ordering.decode(before), ordering, true);
    }

    /** A page size from {@code first}: the default when absent, refused outside 0..max. */
    public int size(Integer first) {
        return size(first, "first");
    }

    private int size(Integer count, String argument) {
        if (count == null) {
            return defaultSize;
        }
        if (count < 0) {
            throw ApiError.badInput("\"" + argument + "\" must not be negative (was " + count + ").");
        }
        if (count > maxSize) {
            throw ApiError.badInput("\"" + argument + "\" must be at most " + maxSize + " (was " + count + ").");
        }
        return count;
    }

    public int defaultSize() {
        return defaultSize;
    }

    public int maxSize() {
        return maxSize;
    }
}
